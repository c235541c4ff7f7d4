// doc: http.md § "Event: 'clientError'"
// A Content-Length that is not a decimal number is refused with HPE_INVALID_CONTENT_LENGTH.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function () { console.log('not reached'); });
server.on('clientError', function (err, socket) {
  console.log(err.code);
  socket.destroy();
});
wire.exchange(server, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1x\r\n\r\nabc', function () {});
// expect: HPE_INVALID_CONTENT_LENGTH
