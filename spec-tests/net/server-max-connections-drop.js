// doc: net.md § "Event: 'drop'"
// Past maxConnections a new connection is closed and 'drop' reports its addresses.
var net = require('net');
var first;
var server = net.createServer(function (s) { first = s; });
server.maxConnections = 1;
server.on('drop', function (info) {
  console.log('drop', info.localAddress, info.remoteAddress, info.remoteFamily, typeof info.remotePort);
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var a = net.connect(port, '127.0.0.1', function () {
    var b = net.connect(port, '127.0.0.1');
    b.on('error', function () {});
    b.on('close', function () {
      console.log('dropped client closed');
      a.destroy();
      server.close();
    });
  });
});
// expect: drop 127.0.0.1 127.0.0.1 IPv4 number
// expect: dropped client closed
