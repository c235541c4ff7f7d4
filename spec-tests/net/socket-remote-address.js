// doc: net.md § "socket.remoteAddress"
// remoteAddress, remotePort and remoteFamily describe the peer.
var net = require('net');
var server = net.createServer(function (s) { s.end(); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    console.log(c.remoteAddress, c.remoteFamily, c.remotePort === server.address().port);
  });
  c.resume();
  c.on('close', function () { server.close(); });
});
// expect: 127.0.0.1 IPv4 true
