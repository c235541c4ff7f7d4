// doc: http.md § "message.headers"
// Several Cookie headers are joined with '; ' in req.headers.cookie.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  console.log(req.headers.cookie);
  res.end();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nCookie: a=1\r\ncookie: b=2\r\nCOOKIE: c=3\r\nConnection: close\r\n\r\n', function () {});
// expect: a=1; b=2; c=3
