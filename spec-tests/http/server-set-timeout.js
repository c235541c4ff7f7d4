// doc: http.md § "server.setTimeout([msecs][, callback])"
// server.setTimeout(ms, cb) calls cb with the socket after that much inactivity.
var http = require('http');
var net = require('net');
var server = http.createServer(function () {});
var ret = server.setTimeout(100, function (socket) {
  console.log('timeout', socket instanceof net.Socket, server.timeout);
  socket.destroy();
  server.close();
});
console.log(ret === server);
server.listen(0, '127.0.0.1', function () {
  var sock = net.connect(server.address().port, '127.0.0.1');
  sock.on('error', function () {});
  sock.on('close', function () { console.log('closed'); });
});
// expect: true
// expect: timeout true 100
// expect: closed
