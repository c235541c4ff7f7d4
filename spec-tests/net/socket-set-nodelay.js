// doc: net.md § "socket.setNoDelay([noDelay])"
// setNoDelay and setKeepAlive return the socket, before or after connecting.
var net = require('net');
var server = net.createServer(function (s) { s.end(); });
server.listen(0, '127.0.0.1', function () {
  var c = new net.Socket();
  console.log(c.setNoDelay() === c, c.setKeepAlive(true, 1000) === c);
  c.connect(server.address().port, '127.0.0.1', function () {
    console.log(c.setNoDelay(false) === c, c.setKeepAlive(false) === c);
  });
  c.resume();
  c.on('close', function () { server.close(); });
});
// expect: true true
// expect: true true
