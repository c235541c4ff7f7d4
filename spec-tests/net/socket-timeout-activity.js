// doc: net.md § "socket.setTimeout(timeout[, callback])"
// Activity (data received) restarts the idle timer: 'timeout' comes only after it stops.
var net = require('net');
var server = net.createServer(function (s) {
  var n = 0;
  var t = setInterval(function () {
    s.write('tick');
    if (++n === 5) clearInterval(t);
  }, 30);
  s.on('close', function () { clearInterval(t); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var ticks = 0;
  c.on('data', function (d) { ticks += d.length / 4; });
  c.setTimeout(100, function () {
    console.log('timeout after all ticks', ticks === 5);
    c.destroy();
    server.close();
  });
});
// expect: timeout after all ticks true
