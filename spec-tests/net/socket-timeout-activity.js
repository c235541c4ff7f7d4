// doc: net.md § "socket.setTimeout(timeout[, callback])"
// Activity (data received) restarts the idle timer: 'timeout' comes only after it stops.
// The ticks last 800 ms, twice the timeout, so without the restarts 'timeout'
// would come first; each gap (100 ms) leaves 300 ms of slack on a loaded machine.
var net = require('net');
var server = net.createServer(function (s) {
  var n = 0;
  var t = setInterval(function () {
    s.write('tick');
    if (++n === 8) clearInterval(t);
  }, 100);
  s.on('close', function () { clearInterval(t); });
  s.on('error', function () {});  // a tick written after an early timeout's destroy
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var ticks = 0;
  c.on('data', function (d) { ticks += d.length / 4; });
  c.setTimeout(400, function () {
    console.log('timeout after all ticks', ticks === 8);
    c.destroy();
    server.close();
  });
});
// expect: timeout after all ticks true
