// doc: http.md § "Event: 'clientError'"
// Obsolete line folding (a header line starting with a space) is refused.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function () { console.log('not reached'); });
server.on('clientError', function (err, socket) {
  console.log(err.code);
  socket.destroy();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nX-Fold: a\r\n b\r\n\r\n', function () {});
// expect: HPE_INVALID_HEADER_TOKEN
