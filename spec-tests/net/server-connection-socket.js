// doc: net.md § "Event: 'connection'"
// The 'connection' listener receives a net.Socket for the new connection.
var net = require('net');
var server = net.createServer();
server.on('connection', function (s) {
  console.log(s instanceof net.Socket, s.remoteAddress);
  s.destroy();
  server.close();
});
server.listen(0, '127.0.0.1', function () {
  net.connect(server.address().port, '127.0.0.1').on('error', function () {});
});
// expect: true 127.0.0.1
