// doc: net.md § "socket.connect(port[, host][, connectListener])"
// new net.Socket() then socket.connect(port, host, cb) connects and returns the socket.
var net = require('net');
var server = net.createServer(function (s) { s.end(); });
server.listen(0, '127.0.0.1', function () {
  var s = new net.Socket();
  var ret = s.connect(server.address().port, '127.0.0.1', function () { console.log('connected'); });
  console.log(ret === s);
  s.resume();
  s.on('close', function () { server.close(); });
});
// expect: true
// expect: connected
