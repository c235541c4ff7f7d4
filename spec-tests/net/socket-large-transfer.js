// doc: net.md § "Event: 'data'"
// 16 MiB sent in one write arrives intact (byte count and a checksum).
var net = require('net');
var size = 16 * 1024 * 1024;
var data = Buffer.alloc(size);
for (var i = 0; i < size; i += 4096) data[i] = i & 255;
var server = net.createServer(function (s) { s.end(data); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var total = 0, sum = 0;
  c.on('data', function (d) {
    for (var j = (4096 - total % 4096) % 4096; j < d.length; j += 4096) sum = (sum + d[j]) % 65536;
    total += d.length;
  });
  c.on('end', function () {
    var want = 0;
    for (var k = 0; k < size; k += 4096) want = (want + (k & 255)) % 65536;
    console.log(total === size, sum === want);
    server.close();
  });
});
// expect: true true
