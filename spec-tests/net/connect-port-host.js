// doc: net.md § "net.connect(port[, host][, connectListener])"
// connect(port, host, listener) connects; the listener runs on 'connect'.
var net = require('net');
var server = net.createServer(function (s) { s.end(); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    console.log('connected', c.remotePort === server.address().port);
  });
  c.on('close', function () { server.close(); });
  c.resume();
});
// expect: connected true
