// doc: net.md § "socket.connect(options[, connectListener])"
// localAddress and localPort choose the client's end of the connection.
var net = require('net');
var probe = net.createServer().listen(0, '127.0.0.1', function () {
  var localPort = probe.address().port;  // known free once the probe closes
  probe.close(function () {
    var server = net.createServer(function (s) {
      s.end('server sees ' + s.remoteAddress + ' ' + (s.remotePort === localPort));
      server.close();
    });
    server.listen(0, '127.0.0.1', function () {
      var c = net.connect({ port: server.address().port, host: '127.0.0.1',
                            localAddress: '127.0.0.1', localPort: localPort });
      c.on('connect', function () { console.log('client local', c.localPort === localPort); });
      c.setEncoding('utf8');
      c.on('data', function (d) { console.log(d); });
    });
  });
});
// expect: client local true
// expect: server sees 127.0.0.1 true
