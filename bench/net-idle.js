// Idle connections: opens N connections (default 1000) to a server in the
// same process, one request/response on each, then holds them idle and
// reports resident memory per connection (both ends live here, so the
// figure is per *pair*, i.e. per server connection + its client) and the
// CPU time used while idle.
// Run: node bench/net-idle.js [N]  /  minode bench/net-idle.js [N]
var net = require('net');
var N = Number(process.argv[2] || 1000);
function rssKiB() {
  return process.memoryUsage().rss / 1024;
}
var base = 0;
var server = net.createServer(function (s) {
  s.once('data', function () { s.write('pong'); });
});
server.listen(0, '127.0.0.1', function () {
  base = rssKiB();
  var done = 0, clients = [];
  for (var i = 0; i < N; i++) {
    var c = net.connect(server.address().port, '127.0.0.1');
    c.write('ping');
    c.once('data', function () { if (++done === N) idle(clients); });
    clients.push(c);
  }
});
// CPU while idle is measured from outside (net-compare.sh reads
// /proc/PID/stat between the IDLE and DONE lines): minode has no cpuUsage().
function idle(clients) {
  var after = rssKiB();
  console.log('IDLE ' + N + ' connections: ' + ((after - base) / N).toFixed(2) +
              ' KiB RSS per connection pair (server end + client end)');
  setTimeout(function () {
    console.log('DONE');
    clients.forEach(function (c) { c.destroy(); });
    server.close();
  }, 3000);
}
