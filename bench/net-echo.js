// Echo throughput: one client streams SIZE bytes (default 1 GiB) through an
// echo server in the same process and reads them all back; prints MB/s.
// Run: node bench/net-echo.js [MiB]  /  minode bench/net-echo.js [MiB]
var net = require('net');
var mib = Number(process.argv[2] || 1024);
var total = mib * 1024 * 1024;
var chunk = Buffer.alloc(64 * 1024, 120);
var server = net.createServer(function (s) { s.pipe(s); });
server.listen(0, '127.0.0.1', function () {
  var start = Date.now();
  var sent = 0, received = 0;
  var c = net.connect(server.address().port, '127.0.0.1', pump);
  function pump() {
    while (sent < total) {
      sent += chunk.length;
      if (!c.write(chunk)) { c.once('drain', pump); return; }
    }
    c.end();
  }
  c.on('data', function (d) { received += d.length; });
  c.on('end', function () {
    var secs = (Date.now() - start) / 1000;
    console.log('echo ' + mib + ' MiB: ' + (received / 1048576 / secs).toFixed(1) + ' MB/s (' +
                secs.toFixed(2) + ' s, ' + (received === total ? 'ok' : 'SHORT ' + received) + ')');
    server.close();
  });
});
