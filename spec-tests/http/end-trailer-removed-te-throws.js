// doc: http.md § "response.addTrailers(headers)"
// A Trailer header needs chunked framing: end(data) after
// removeHeader('Transfer-Encoding') throws ERR_HTTP_TRAILER_INVALID.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.setHeader('Trailer', 'X-Sum');
  res.removeHeader('Transfer-Encoding');
  try {
    res.end('hi');
  } catch (e) {
    console.log(e.code);
  }
  res.socket.destroy();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n', function (text) {
  console.log(JSON.stringify(text));
});
// expect: ERR_HTTP_TRAILER_INVALID
// expect: ""
