// doc: http.md § "response.setHeader(name, value)"
// A header value that is neither a string nor an array is sent as
// String(value): a number, or an object's toString().
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.setHeader('X-Num', 42);
  res.setHeader('X-Obj', { toString: function () { return 'from toString'; } });
  res.end('ok');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function (text) {
  console.log(/\r\nX-Num: 42\r\n/.test(text), /\r\nX-Obj: from toString\r\n/.test(text));
});
// expect: true true
