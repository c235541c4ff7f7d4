// doc: http.md § "message.httpVersion"
// An HTTP/1.0 client that asks for keep-alive keeps its connection only when the response sets Content-Length.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.setHeader('Content-Length', 10);
  res.end('ten bytes!');
});
wire.exchange(server, 'GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n', wire.show,
  function (text) { return /ten bytes!$/.test(text); });
// expect: HTTP/1.1 200 OK
// expect: Content-Length: 10
// expect: Date: <date>
// expect: Connection: keep-alive
// expect: Keep-Alive: timeout=5
// expect: |
// expect: ten bytes!
