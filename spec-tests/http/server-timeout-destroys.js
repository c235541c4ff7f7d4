// doc: http.md § "server.timeout"
// With server.timeout set and no 'timeout' listener, an idle socket is destroyed.
var http = require('http');
var net = require('net');
var server = http.createServer(function () {});
server.timeout = 100;
server.listen(0, '127.0.0.1', function () {
  var t0 = Date.now();
  var sock = net.connect(server.address().port, '127.0.0.1');
  sock.on('error', function () {});
  sock.on('close', function () {
    var dt = Date.now() - t0;
    console.log('closed', dt >= 50, dt < 5000);
    server.close();
  });
});
// expect: closed true true
