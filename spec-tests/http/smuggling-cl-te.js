// doc: http.md § "Event: 'clientError'"
// A request with both Content-Length and Transfer-Encoding is refused (request smuggling).
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function () { console.log('not reached'); });
server.on('clientError', function (err, socket) {
  console.log(err.code);
  socket.destroy();
});
wire.exchange(server, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', function () {});
// expect: HPE_INVALID_TRANSFER_ENCODING
