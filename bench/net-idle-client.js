// The client half of the idle-connections benchmark: opens N connections
// to 127.0.0.1:PORT in batches (10,000 SYNs at once would overflow the
// server's listen backlog), one ping/pong on each, prints "READY", then
// holds them open and idle until killed.
// Run: node bench/net-idle-client.js PORT N
var net = require('net');
var port = Number(process.argv[2]);
var N = Number(process.argv[3] || 1000);
var BATCH = 250;
var done = 0, opened = 0, clients = [];
function batch() {
  var target = Math.min(N, opened + BATCH);
  for (; opened < target; opened++) {
    var c = net.connect(port, '127.0.0.1');
    c.write('ping');
    c.once('data', function () {
      if (++done === N) console.log('READY');
      else if (done === opened) batch();
    });
    c.on('error', function (e) { console.error('client error', e.code); process.exit(1); });
    clients.push(c);
  }
}
batch();
