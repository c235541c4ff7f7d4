// doc: http.md § "response.removeHeader(name)"
// end(data) after removeHeader('Content-Length'): the body's length is
// known, but it is sent chunked instead.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.removeHeader('Content-Length');
  res.end('hi');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', wire.show);
// expect: HTTP/1.1 200 OK
// expect: Date: <date>
// expect: Connection: close
// expect: Transfer-Encoding: chunked
// expect: |
// expect: 2
// expect: hi
// expect: 0
// expect: |
// expect: |
