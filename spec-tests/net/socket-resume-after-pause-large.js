// doc: net.md § "socket.resume()"
// A paused socket receiving more than its buffer stops reading, then gets every byte after resume().
var net = require('net');
var size = 4 * 1024 * 1024;
var server = net.createServer(function (s) { s.end(Buffer.alloc(size, 120)); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var total = 0;
  c.pause();
  setTimeout(function () {
    console.log('buffered at most the high-water mark', c.readableLength <= c.readableHighWaterMark);
    c.on('data', function (d) { total += d.length; });
    c.resume();
  }, 200);
  c.on('end', function () { console.log('total', total === size); });
  c.on('close', function () { server.close(); });
});
// expect: buffered at most the high-water mark true
// expect: total true
