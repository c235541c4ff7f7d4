// doc: http.md § "response.writeHead(statusCode[, statusMessage][, headers])"
// writeHead() after the head was sent throws ERR_HTTP_HEADERS_SENT.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.write('x');
  try { res.writeHead(500); } catch (e) { console.log(e.code, e instanceof Error); }
  res.end();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function (text) {
  console.log(text.split('\r\n')[0]);
});
// expect: ERR_HTTP_HEADERS_SENT true
// expect: HTTP/1.1 200 OK
