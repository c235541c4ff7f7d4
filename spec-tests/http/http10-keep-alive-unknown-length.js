// doc: http.md § "message.httpVersion"
// An HTTP/1.0 client that asks for keep-alive still gets Connection: close when the response has no Content-Length.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) { res.end('ten bytes!'); });
wire.exchange(server, 'GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n', wire.show);
// expect: HTTP/1.1 200 OK
// expect: Date: <date>
// expect: Connection: close
// expect: |
// expect: ten bytes!
