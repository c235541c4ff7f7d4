// doc: http.md § "response.setHeader(name, value)"
// Headers given to writeHead() are merged with setHeader() ones, and writeHead() wins.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.setHeader('X-A', 'from setHeader');
  res.setHeader('X-Keep', 'kept');
  res.writeHead(200, { 'X-A': 'from writeHead', 'X-B': 'b' });
  res.end();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', wire.show);
// expect: HTTP/1.1 200 OK
// expect: X-A: from writeHead
// expect: X-Keep: kept
// expect: X-B: b
// expect: Date: <date>
// expect: Connection: close
// expect: Transfer-Encoding: chunked
// expect: |
// expect: 0
// expect: |
// expect: |
