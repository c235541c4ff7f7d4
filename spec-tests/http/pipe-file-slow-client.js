// doc: http.md § "Class: http.ServerResponse"
// fs.createReadStream(file).pipe(res) serves a large file to a slow reader with backpressure: the whole file arrives intact.
// timeout: 15
var http = require('http');
var fs = require('fs');
var net = require('net');
var os = require('os');
var path = require('path');

var SIZE = 3 * 1024 * 1024;
var file = path.join(os.tmpdir(), 'minode-pipe-' + process.pid + '.bin');
var data = Buffer.alloc(SIZE);
for (var i = 0; i < SIZE; i++) data[i] = i % 251;
fs.writeFileSync(file, data);

var writesRefused = 0, drains = 0, maxBuffered = 0;
var server = http.createServer(function (req, res) {
  res.setHeader('Content-Length', SIZE);
  var write = res.write;
  res.write = function () {
    var ok = write.apply(res, arguments);
    if (!ok) writesRefused++;
    if (res.writableLength > maxBuffered) maxBuffered = res.writableLength;
    return ok;
  };
  res.on('drain', function () { drains++; });
  var rs = fs.createReadStream(file);
  // Unlinked once open (the fd keeps the data), so no file is left behind even if the test is killed.
  rs.on('open', function () { fs.unlinkSync(file); });
  rs.pipe(res);
});

server.listen(0, '127.0.0.1', function () {
  var got = [], gotLen = 0;
  var sock = net.connect(server.address().port, '127.0.0.1', function () {
    sock.write('GET /file HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  // A slow client: take a read, then stop reading for a while.
  sock.on('data', function (d) {
    got.push(d);
    gotLen += d.length;
    sock.pause();
    setTimeout(function () { sock.resume(); }, 2);
  });
  sock.on('close', function () {
    var all = Buffer.concat(got);
    var body = all.slice(all.indexOf('\r\n\r\n') + 4);
    console.log(body.length === SIZE, body.equals(data));
    console.log('backpressure', writesRefused > 0, drains > 0, maxBuffered < SIZE / 2);
    server.close();
  });
});
// expect: true true
// expect: backpressure true true true
