// doc: http.md § "response.setHeader(name, value)"
// setHeader() after the head was sent throws ERR_HTTP_HEADERS_SENT.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  console.log(res.headersSent);
  res.end('x');
  console.log(res.headersSent);
  try {
    res.setHeader('X-Late', '1');
  } catch (e) {
    console.log(e.code, e.message);
  }
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function () {});
// expect: false
// expect: true
// expect: ERR_HTTP_HEADERS_SENT Cannot set headers after they are sent to the client
