// doc: net.md § "Event: 'drain'"
// A receiver that stops reading makes the sender's write() return false and 'drain' wait.
// timeout: 5
var net = require('net');
var drained = false, blocked = false;
var server = net.createServer(function (s) {
  var chunk = Buffer.alloc(8 * 1024, 2), sent = 0;  // below the high-water mark
  s.on('error', function () {});
  (function pump() {
    while (sent < 256 * 1024 * 1024) {
      sent += chunk.length;
      if (!s.write(chunk)) {
        blocked = true;
        s.once('drain', function () { drained = true; });
        return;
      }
    }
  })();
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.once('data', function () {
    c.pause();
    setTimeout(function () {
      console.log('sender blocked', blocked, 'no drain', !drained);
      c.destroy();
      server.close();
    }, 500);
  });
});
// expect: sender blocked true no drain true
