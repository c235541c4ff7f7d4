// doc: http.md § "Event: 'clientError'"
// The 'clientError' error carries the bytes the parser choked on in err.rawPacket.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function () { console.log('not reached'); });
server.on('clientError', function (err, socket) {
  console.log(Buffer.isBuffer(err.rawPacket), err.rawPacket.toString('latin1').indexOf('BAD\x01') >= 0);
  socket.destroy();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nX-A: BAD\x01\r\n\r\n', function () {});
// expect: true true
