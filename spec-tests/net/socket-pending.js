// doc: net.md § "socket.pending"
// pending is true until the socket is connected.
var net = require('net');
var server = net.createServer(function (s) { s.end(); });
server.listen(0, '127.0.0.1', function () {
  var c = new net.Socket();
  console.log(c.pending);
  c.connect(server.address().port, '127.0.0.1', function () { console.log(c.pending); });
  console.log(c.pending);
  c.resume();
  c.on('close', function () { server.close(); });
});
// expect: true
// expect: true
// expect: false
