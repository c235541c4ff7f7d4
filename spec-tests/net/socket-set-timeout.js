// doc: net.md § "socket.setTimeout(timeout[, callback])"
// An idle socket emits 'timeout' once; the socket is not closed by it.
var net = require('net');
var server = net.createServer(function (s) { s.resume(); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var ret = c.setTimeout(40, function () {
    console.log('timeout', c.destroyed, c.readyState);
    c.destroy();
    server.close();
  });
  console.log(ret === c, c.timeout);
});
// expect: true 40
// expect: timeout false open
