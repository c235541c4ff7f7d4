// doc: http.md § "response.setHeader(name, value)"
// Setting a header again replaces its value (and spelling) in its place on the wire; a removed one set again goes last.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.setHeader('X-A', '1');
  res.setHeader('X-B', '2');
  res.setHeader('X-C', '3');
  res.setHeader('x-a', ['4', '5']);
  res.removeHeader('X-B');
  res.setHeader('X-B', '6');
  res.appendHeader('X-C', '7');
  console.log(res.getHeaderNames().join(' '), res.getRawHeaderNames().join(' '));
  console.log(JSON.stringify(res.getHeaders()));
  res.end('');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function (text) {
  text.split('\r\n').forEach(function (line) { if (/^x-/i.test(line)) console.log(line); });
});
// expect: x-a x-c x-b x-a X-C X-B
// expect: {"x-a":["4","5"],"x-c":["3","7"],"x-b":"6"}
// expect: x-a: 4
// expect: x-a: 5
// expect: X-C: 3
// expect: X-C: 7
// expect: X-B: 6
