// doc: net.md § "socket.connect(options[, connectListener])"
// The noDelay and keepAlive options are accepted and the connection works.
var net = require('net');
var server = net.createServer(function (s) { s.end('ok'); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect({ port: server.address().port, host: '127.0.0.1',
                        noDelay: true, keepAlive: true, keepAliveInitialDelay: 1000 });
  c.setEncoding('utf8');
  c.on('data', function (d) { console.log(d); });
  c.on('close', function () { server.close(); });
});
// expect: ok
