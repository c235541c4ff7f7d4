// doc: http.md § "Event: 'clientError'"
// A chunk size that is not hexadecimal is refused.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) { req.resume(); });
server.on('clientError', function (err, socket) {
  console.log(err.code);
  socket.destroy();
});
wire.exchange(server, 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n', function () {});
// expect: HPE_INVALID_CHUNK_SIZE
