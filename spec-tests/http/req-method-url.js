// doc: http.md § "message.url"
// A request's method and url are the request line's, the url unparsed.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  console.log(req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor);
  console.log(req.statusCode, req.statusMessage);
  res.end();
});
wire.exchange(server, 'DELETE /a/b?c=1&d=%20#frag HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function () {});
// expect: DELETE /a/b?c=1&d=%20#frag 1.1 1 1
// expect: null null
