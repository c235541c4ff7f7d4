// doc: net.md § "socket.pause()"
// A socket paused while data flows buffers about its high-water mark (plus one read), not everything; the rest waits in the kernel.
// timeout: 5
var net = require('net');
var server = net.createServer(function (s) { s.end(Buffer.alloc(8 * 1024 * 1024, 1)); s.on('error', function () {}); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.once('data', function () {
    c.pause();  // reading had started: now it must stop
    setTimeout(function () {
      // One read may land past the high-water mark (Node reads up to 64 KiB,
      // minode up to 256 KiB); 8 MiB must not.
      console.log('bounded', c.readableLength <= c.readableHighWaterMark + 256 * 1024);
      c.destroy();
      server.close();
    }, 300);
  });
});
// expect: bounded true
