// doc: net.md § "socket.write(data[, encoding][, callback])"
// write() returns false once buffered data passes the high-water mark; 'drain' follows.
var net = require('net');
var server = net.createServer(function (s) {
  var total = 0;
  s.on('data', function (d) { total += d.length; });
  s.on('end', function () { console.log('server received', total); s.end(); server.close(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var chunk = Buffer.alloc(1024 * 1024, 97);
  var ok = true, writes = 0;
  while (ok) { ok = c.write(chunk); writes++; }
  console.log('write returned false', c.writableLength >= c.writableHighWaterMark);
  c.on('drain', function () {
    console.log('drain');
    c.end();
  });
  c.resume();
  c.on('close', function () { console.log('sent', writes === 1 ? 'one chunk' : 'chunks'); });
});
// expect: write returned false true
// expect: drain
// expect: server received 1048576
// expect: sent one chunk
