// doc: http.md § "Event: 'request'"
// A request with Connection: close gets Connection: close back and the server closes the socket.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) { res.end('x'); });
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', wire.show);
// expect: HTTP/1.1 200 OK
// expect: Date: <date>
// expect: Connection: close
// expect: Content-Length: 1
// expect: |
// expect: x
