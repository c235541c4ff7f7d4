// doc: http.md § "response.statusCode"
// A 304 response carries no body and no chunked framing, even if the handler writes one.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.statusCode = 304;
  res.end('ignored');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function (text) {
  var i = text.indexOf('\r\n\r\n');
  console.log(text.split('\r\n')[0], /Transfer-Encoding|Content-Length/.test(text.slice(0, i)), JSON.stringify(text.slice(i + 4)));
});
// expect: HTTP/1.1 304 Not Modified false ""
