// doc: http.md § "response.removeHeader(name)"
// removeHeader() drops a queued header, matching its name case-insensitively.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.setHeader('X-Gone', '1');
  res.setHeader('X-Kept', '2');
  res.removeHeader('x-GONE');
  console.log(res.hasHeader('X-Gone'));
  res.end();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function (text) {
  console.log(/X-Gone/i.test(text), /X-Kept: 2/.test(text));
});
// expect: false
// expect: false true
