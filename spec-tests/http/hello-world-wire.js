// doc: http.md § "response.end([data[, encoding]][, callback])"
// The hello world's response carries Node's default headers, in Node's order.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello World');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n', wire.show,
  function (t) { return /Hello World$/.test(t); });
// expect: HTTP/1.1 200 OK
// expect: Content-Type: text/plain
// expect: Date: <date>
// expect: Connection: keep-alive
// expect: Keep-Alive: timeout=5
// expect: Content-Length: 11
// expect: |
// expect: Hello World
