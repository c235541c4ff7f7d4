// doc: net.md § "Event: 'error'"
// A peer that resets while we are writing gives an error on our socket, not a crash; the server keeps serving.
var net = require('net');
var first = true;
var server = net.createServer(function (s) {
  if (!first) return;
  first = false;
  s.on('error', function (e) { console.log('server socket error', e.code === 'ECONNRESET' || e.code === 'EPIPE'); });
  s.on('close', function () {
    var c2 = net.connect(server.address().port, '127.0.0.1', function () { console.log('still serving'); c2.destroy(); server.close(); });
  });
  var big = Buffer.alloc(1024 * 1024, 1);
  (function pump() {
    while (s.write(big)) {}
    s.once('drain', pump);
  })();
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.once('data', function () { c.resetAndDestroy(); });
});
// expect: server socket error true
// expect: still serving
