// doc: http.md § "response.statusCode"
// end(body) with an invalid res.statusCode throws ERR_HTTP_INVALID_STATUS_CODE,
// as writeHead would (the head is built from statusCode at end()).
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.statusCode = 1000;
  try { res.end('x'); } catch (e) { console.log(e instanceof RangeError, e.code, res.headersSent); }
  res.statusCode = 202;
  res.end('y');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function (text) {
  console.log(text.split('\r\n')[0], /\r\n\r\ny$/.test(text));
});
// expect: true ERR_HTTP_INVALID_STATUS_CODE false
// expect: HTTP/1.1 202 Accepted true
