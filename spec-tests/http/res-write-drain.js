// doc: http.md § "response.write(chunk[, encoding][, callback])"
// write() returns false when the data is queued in memory, and 'drain' follows once it has been flushed.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) {
  res.setHeader('Content-Length', 2000000);
  var ok = res.write(Buffer.alloc(1000000, 97));
  console.log('write returned', ok);
  res.on('drain', function () {
    console.log('drain');
    res.end(Buffer.alloc(1000000, 98));
  });
});
server.listen(0, '127.0.0.1', function () {
  var n = 0;
  var sock = net.connect(server.address().port, '127.0.0.1', function () {
    sock.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  sock.on('data', function (d) { n += d.length; });
  sock.on('close', function () { console.log(n > 2000000); server.close(); });
});
// expect: write returned false
// expect: drain
// expect: true
