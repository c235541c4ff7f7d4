// doc: http.md § "response.sendDate"
// With sendDate false no Date header is sent.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.sendDate = false;
  res.end('x');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', wire.show);
// expect: HTTP/1.1 200 OK
// expect: Connection: close
// expect: Content-Length: 1
// expect: |
// expect: x
