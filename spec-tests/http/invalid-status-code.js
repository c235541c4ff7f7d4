// doc: http.md § "response.writeHead(statusCode[, statusMessage][, headers])"
// A status code outside 100-999 throws a RangeError with code ERR_HTTP_INVALID_STATUS_CODE.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  try { res.writeHead(99); } catch (e) { console.log(e instanceof RangeError, e.code, e.message); }
  res.end();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function () {});
// expect: true ERR_HTTP_INVALID_STATUS_CODE Invalid status code: 99
