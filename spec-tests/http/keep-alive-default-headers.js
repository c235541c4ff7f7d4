// doc: http.md § "server.keepAliveTimeout"
// An HTTP/1.1 response on a persistent connection says Connection: keep-alive and Keep-Alive: timeout=5.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) { res.end('ok'); });
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n', wire.show,
  function (text) { return /\r\n\r\nok$/.test(text); });
// expect: HTTP/1.1 200 OK
// expect: Date: <date>
// expect: Connection: keep-alive
// expect: Keep-Alive: timeout=5
// expect: Content-Length: 2
// expect: |
// expect: ok
