// doc: net.md § "socket.resume()"
// After a pause in the middle of a transfer, resume() still delivers every byte, in order.
// timeout: 5
var net = require('net');
var size = 6 * 1024 * 1024;
var pattern = Buffer.alloc(251);
for (var i = 0; i < 251; i++) pattern[i] = i;
var b = Buffer.alloc(size, pattern);  // byte k is k % 251
var server = net.createServer(function (s) { s.end(b); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var pos = 0, ok = true, paused = false;
  c.on('data', function (d) {
    if (!d.equals(b.subarray(pos, pos + d.length))) ok = false;
    pos += d.length;
    if (!paused) {
      paused = true;
      c.pause();
      setTimeout(function () { c.resume(); }, 200);
    }
  });
  c.on('end', function () { console.log(pos === size, ok); server.close(); });
});
// expect: true true
