// doc: http.md § "response.writeHead(statusCode[, statusMessage][, headers])"
// writeHead() sends the head before the length is known, so an empty end() is an empty chunked body.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', wire.show);
// expect: HTTP/1.1 404 Not Found
// expect: Content-Type: text/plain
// expect: Date: <date>
// expect: Connection: close
// expect: Transfer-Encoding: chunked
// expect: |
// expect: 0
// expect: |
// expect: |
