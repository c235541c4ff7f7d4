// doc: http.md § "response.setHeader(name, value)"
// A Connection: close header set by the user closes the connection after the response.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.setHeader('Connection', 'close');
  res.end('bye');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n', wire.show);
// expect: HTTP/1.1 200 OK
// expect: Connection: close
// expect: Date: <date>
// expect: Content-Length: 3
// expect: |
// expect: bye
