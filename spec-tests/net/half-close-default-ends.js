// doc: net.md § "Event: 'end'"
// Without allowHalfOpen a socket ends its writable side when the peer ends: the peer sees 'end'.
var net = require('net');
var server = net.createServer(function (s) {
  s.resume();
  s.on('end', function () { console.log('server end'); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  c.end();
  c.resume();
  c.on('end', function () { console.log('client end'); });
  c.on('close', function () { server.close(); });
});
// expect: server end
// expect: client end
