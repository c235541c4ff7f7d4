// doc: net.md § "socket.setTimeout(timeout[, callback])"
// The idle timer does not keep the process alive by itself.
var net = require('net');
var server = net.createServer(function (s) { s.end(); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.setTimeout(60000);
  c.resume();
  c.on('close', function () { server.close(); });
});
process.on('exit', function () { console.log('exited without waiting'); });
// expect: exited without waiting
