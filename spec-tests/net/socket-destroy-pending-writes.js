// doc: net.md § "socket.destroy([error])"
// Destroying a socket with writes still queued fails their callbacks with an error.
var net = require('net');
var server = net.createServer(function (s) { s.pause(); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    var big = Buffer.alloc(1024 * 1024, 98);
    var failed = 0, ok = 0;
    for (var i = 0; i < 32; i++) {
      c.write(big, function (err) { if (err) failed++; else ok++; });
    }
    c.destroy();
    setTimeout(function () {
      console.log('some failed', failed > 0, 'all reported', failed + ok === 32);
      server.close();
      process.exit(0);
    }, 100);
  });
  c.on('error', function () {});
});
// expect: some failed true all reported true
