// Where an idle connection's memory goes, under minode: a server that
// answers one ping per connection (as bench/net-idle-server.js), and once N
// connections have pinged prints, per connection, the Duktape heap growth
// before and after a full garbage collection (the difference is garbage
// only mark-and-sweep frees: reference cycles) and the RSS growth.
// Run: bench/net-idle-memory.sh [N]  (the clients run under node, in
// another process, from bench/net-idle-client.js).
var net = require('net');
var N = Number(process.argv[2] || 10000);
var seen = 0, base;
function gc() { Duktape.gc(); Duktape.gc(); }
function usage() { var m = process.memoryUsage(); return { heap: m.heapUsed, rss: m.rss }; }
var server = net.createServer(function (s) {
  s.once('data', function () {
    s.write('pong');
    if (++seen === N) setTimeout(report, 300);
  });
  s.on('error', function () {});
});
function report() {
  var before = usage();
  gc();
  var after = usage();
  function per(x) { return (x / N).toFixed(0); }
  console.log('per connection: heap ' + per(after.heap - base.heap) + ' B live + ' +
              per(before.heap - after.heap) + ' B garbage; RSS ' +
              ((after.rss - base.rss) / N / 1024).toFixed(2) + ' KiB');
  process.exit(0);
}
server.listen(0, '127.0.0.1', function () {
  gc();
  base = usage();
  console.log('PORT ' + server.address().port);
});
