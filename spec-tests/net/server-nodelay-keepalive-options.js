// doc: net.md § "net.createServer([options][, connectionListener])"
// noDelay and keepAlive server options apply to accepted sockets without error.
var net = require('net');
var server = net.createServer({ noDelay: true, keepAlive: true, keepAliveInitialDelay: 2000 }, function (s) {
  s.end('configured');
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  c.on('data', function (d) { console.log(d); });
  c.on('close', function () { server.close(); });
});
// expect: configured
