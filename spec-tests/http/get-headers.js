// doc: http.md § "response.getHeaders()"
// getHeaders(), getHeaderNames() and hasHeader() use lower-cased names; removeHeader() removes.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.setHeader('Foo', 'bar');
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  console.log(JSON.stringify(res.getHeaders()));
  console.log(JSON.stringify(res.getHeaderNames()));
  console.log(res.getHeader('FOO'), res.hasHeader('foo'), res.hasHeader('nope'));
  res.removeHeader('foo');
  console.log(res.hasHeader('Foo'), res.getHeader('foo'));
  res.end();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function () {});
// expect: {"foo":"bar","set-cookie":["a=1","b=2"]}
// expect: ["foo","set-cookie"]
// expect: bar true false
// expect: false undefined
