// doc: http.md § "response.write(chunk[, encoding][, callback])"
// Without a Content-Length, write() then end() use chunked framing.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) { res.write('a'); res.end('bc'); });
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', wire.show);
// expect: HTTP/1.1 200 OK
// expect: Date: <date>
// expect: Connection: close
// expect: Transfer-Encoding: chunked
// expect: |
// expect: 1
// expect: a
// expect: 2
// expect: bc
// expect: 0
// expect: |
// expect: |
