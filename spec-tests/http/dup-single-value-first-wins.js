// doc: http.md § "message.headers"
// Duplicates of headers like user-agent, content-type and authorization are discarded: the first wins.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  console.log(req.headers['user-agent'], req.headers['content-type'], req.headers.authorization, req.headers.referer);
  res.end();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nUser-Agent: one\r\nUser-Agent: two\r\n' +
  'Content-Type: text/a\r\nContent-Type: text/b\r\nAuthorization: A\r\nAuthorization: B\r\n' +
  'Referer: r1\r\nReferer: r2\r\nConnection: close\r\n\r\n', function () {});
// expect: one text/a A r1
