// doc: net.md § "socket.address()"
// address() and localAddress/localPort/localFamily describe our end.
var net = require('net');
var server = net.createServer(function (s) {
  s.end(String(s.remotePort));
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    var a = c.address();
    console.log(a.address, a.family, a.port === c.localPort, c.localAddress, c.localFamily);
  });
  c.setEncoding('utf8');
  c.on('data', function (d) { console.log('server saw our port', Number(d) === c.localPort); });
  c.on('close', function () { server.close(); });
});
// expect: 127.0.0.1 IPv4 true 127.0.0.1 IPv4
// expect: server saw our port true
