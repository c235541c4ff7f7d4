// doc: net.md § "Class: net.Socket"
// A socket is a Duplex stream: socket.pipe(socket) makes an echo server.
var net = require('net');
var stream = require('stream');
var server = net.createServer(function (s) {
  console.log(s instanceof stream.Duplex);
  s.pipe(s);
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () { c.end('round trip'); });
  c.setEncoding('utf8');
  c.on('data', function (d) { console.log(d); });
  c.on('close', function () { server.close(); });
});
// expect: true
// expect: round trip
