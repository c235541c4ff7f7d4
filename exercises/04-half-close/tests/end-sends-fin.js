// doc: net.md § "socket.end([data[, encoding]][, callback])"
// end() half-closes the socket: the peer reads 'end' while our socket is still open.
// timeout: 3
var net = require('net');
var server = net.createServer(function (s) {
  s.resume();
  s.on('end', function () { console.log('server end'); s.end(); server.close(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.end('bye');
  c.resume();
});
// expect: server end
