// doc: http.md § "response.removeHeader(name)"
// end(data) after both Content-Length and Transfer-Encoding were removed:
// the body goes out unframed and the connection closes to end it, even
// though the request asked to keep it open.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.removeHeader('Content-Length');
  res.removeHeader('Transfer-Encoding');
  res.end('hi');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n', wire.show);
// expect: HTTP/1.1 200 OK
// expect: Date: <date>
// expect: Connection: keep-alive
// expect: Keep-Alive: timeout=5
// expect: |
// expect: hi
