// doc: http.md § "response.writeHead(statusCode[, statusMessage][, headers])"
// writeHead() returns the response, so end() can be chained, and marks the head as sent.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  console.log(res.headersSent);
  var r = res.writeHead(201, { 'Content-Type': 'text/plain' });
  console.log(r === res, res.headersSent);
  r.end('made');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function (text) {
  console.log(text.split('\r\n')[0], /made/.test(text));
});
// expect: false
// expect: true true
// expect: HTTP/1.1 201 Created true
