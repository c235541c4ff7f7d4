// doc: http.md § "message.headers"
// Duplicates: host is discarded, set-cookie is an array, cookie joins with '; ', others with ', '.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  var h = req.headers;
  console.log(h.host);
  console.log(JSON.stringify(h['set-cookie']));
  console.log(h.cookie);
  console.log(h.accept);
  res.end();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: first\r\nHost: second\r\nSet-Cookie: a=1\r\n' +
  'Set-Cookie: b=2\r\nCookie: c=3\r\nCookie: d=4\r\nAccept: x\r\nAccept: y\r\nConnection: close\r\n\r\n',
  function () {});
// expect: first
// expect: ["a=1","b=2"]
// expect: c=3; d=4
// expect: x, y
