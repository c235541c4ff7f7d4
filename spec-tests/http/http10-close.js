// doc: http.md § "message.httpVersion"
// An HTTP/1.0 request gets no chunking and the connection closes to end the body.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  console.log(req.httpVersion);
  res.end('old');
});
wire.exchange(server, 'GET / HTTP/1.0\r\n\r\n', wire.show);
// expect: 1.0
// expect: HTTP/1.1 200 OK
// expect: Date: <date>
// expect: Connection: close
// expect: |
// expect: old
