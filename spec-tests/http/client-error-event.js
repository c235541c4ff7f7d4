// doc: http.md § "Event: 'clientError'"
// A 'clientError' listener receives the parse error and the socket, and must answer it itself.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function () { console.log('not reached'); });
server.on('clientError', function (err, socket) {
  console.log(err.code, err instanceof Error);
  socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
});
wire.exchange(server, 'NOT-A-METHOD / HTTP/1.1\r\nHost: x\r\n\r\n', wire.show);
// expect: HPE_INVALID_METHOD true
// expect: HTTP/1.1 400 Bad Request
// expect: |
// expect: |
