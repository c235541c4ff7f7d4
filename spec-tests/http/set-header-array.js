// doc: http.md § "response.setHeader(name, value)"
// An array value sends the header once per element.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.setHeader('Set-Cookie', ['a=1', 'b=2']).setHeader('X-Chained', 'yes');
  res.end();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', wire.show);
// expect: HTTP/1.1 200 OK
// expect: Set-Cookie: a=1
// expect: Set-Cookie: b=2
// expect: X-Chained: yes
// expect: Date: <date>
// expect: Connection: close
// expect: Content-Length: 0
// expect: |
// expect: |
