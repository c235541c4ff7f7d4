// doc: net.md § "socket.destroy([error])"
// Destroying a socket while it connects stops it: no 'connect', one 'close'.
var net = require('net');
var server = net.createServer().listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var closes = 0;
  c.on('connect', function () { console.log('connect!'); });
  c.on('close', function () { closes++; });
  c.destroy();
  setTimeout(function () { console.log('closes', closes); server.close(); }, 50);
});
// expect: closes 1
