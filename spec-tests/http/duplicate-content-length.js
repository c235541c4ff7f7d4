// doc: http.md § "Event: 'clientError'"
// Two Content-Length headers are refused.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function () { console.log('not reached'); });
server.on('clientError', function (err, socket) {
  console.log(err.code);
  socket.destroy();
});
wire.exchange(server, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab', function () {});
// expect: HPE_UNEXPECTED_CONTENT_LENGTH
