// doc: net.md § "socket.connecting"
// connecting is true after connect() until 'connect', then false.
var net = require('net');
var server = net.createServer(function (s) { s.end(); });
server.listen(0, '127.0.0.1', function () {
  var c = new net.Socket();
  console.log(c.connecting);
  c.connect(server.address().port, '127.0.0.1', function () { console.log(c.connecting); });
  console.log(c.connecting);
  c.resume();
  c.on('close', function () { server.close(); });
});
// expect: false
// expect: true
// expect: false
