// doc: http.md § "Event: 'clientError'"
// A request whose Transfer-Encoding does not end in chunked is refused: its body length is unknowable.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function () { console.log('not reached'); });
server.on('clientError', function (err, socket) {
  console.log(err.code);
  socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
});
wire.exchange(server, 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\nabc', function () {});
// expect: HPE_INVALID_TRANSFER_ENCODING
