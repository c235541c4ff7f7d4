// doc: http.md § "response.addTrailers(headers)"
// Trailers follow the last chunk of a chunked response.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.setHeader('Trailer', 'X-Sum');
  res.write('data');
  res.addTrailers({ 'X-Sum': '42' });
  res.end();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', wire.show);
// expect: HTTP/1.1 200 OK
// expect: Trailer: X-Sum
// expect: Date: <date>
// expect: Connection: close
// expect: Transfer-Encoding: chunked
// expect: |
// expect: 4
// expect: data
// expect: 0
// expect: X-Sum: 42
// expect: |
// expect: |
