// doc: net.md § "socket.bytesWritten"
// bytesRead and bytesWritten count the bytes received and sent, and survive destroy.
var net = require('net');
var server = net.createServer(function (s) {
  s.on('data', function () {});
  s.on('end', function () { s.end('abc'); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.end('0123456789');
  });
  c.resume();
  c.on('close', function () {
    console.log('read', c.bytesRead, 'written', c.bytesWritten);
    server.close();
  });
});
// expect: read 3 written 10
