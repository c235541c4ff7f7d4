// doc: http.md § "response.setHeader(name, value)"
// setHeader() keeps the name's case on the wire, and a number value is sent as its decimal string.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.setHeader('X-Request-ID', 42);
  res.setHeader('x-lower', 'v');
  res.end();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function (text) {
  console.log(/\r\nX-Request-ID: 42\r\n/.test(text), /\r\nx-lower: v\r\n/.test(text));
});
// expect: true true
