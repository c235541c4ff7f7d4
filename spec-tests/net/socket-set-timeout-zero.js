// doc: net.md § "socket.setTimeout(timeout[, callback])"
// setTimeout(0) disables an earlier idle timeout.
var net = require('net');
var server = net.createServer(function (s) { s.resume(); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var fired = 0;
  c.setTimeout(30, function () { fired++; });
  c.setTimeout(0);
  setTimeout(function () {
    console.log('timeouts', fired, 'timeout property', c.timeout);
    c.destroy();
    server.close();
  }, 120);
});
// expect: timeouts 0 timeout property 0
