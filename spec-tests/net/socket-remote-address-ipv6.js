// doc: net.md § "socket.remoteFamily"
// Over IPv6 loopback the families are 'IPv6' and the address is ::1.
var net = require('net');
var server = net.createServer(function (s) {
  s.end(s.remoteAddress + ' ' + s.remoteFamily);
});
server.listen(0, '::1', function () {
  var c = net.connect(server.address().port, '::1');
  c.setEncoding('utf8');
  c.on('data', function (d) { console.log(d); });
  c.on('close', function () { server.close(); });
});
// expect: ::1 IPv6
