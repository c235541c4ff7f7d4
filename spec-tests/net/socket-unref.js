// doc: net.md § "socket.unref()"
// An unref'ed connected socket (with an unref'ed server) lets the process exit.
var net = require('net');
var server = net.createServer(function (s) { s.unref(); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () { console.log('connected'); });
  console.log(c.unref() === c);
  server.unref();
});
process.on('exit', function () { console.log('exit'); });
// expect: true
// expect: connected
// expect: exit
