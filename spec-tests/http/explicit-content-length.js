// doc: http.md § "response.writeHead(statusCode[, statusMessage][, headers])"
// A Content-Length set by the user turns chunked framing off.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.setHeader('Content-Length', '3');
  res.write('a');
  res.end('bc');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', wire.show);
// expect: HTTP/1.1 200 OK
// expect: Content-Length: 3
// expect: Date: <date>
// expect: Connection: close
// expect: |
// expect: abc
