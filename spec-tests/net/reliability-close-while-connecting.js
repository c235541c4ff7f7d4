// doc: net.md § "server.close([callback])"
// Closing a server while clients are still connecting crashes nothing; every client closes.
var net = require('net');
var N = 50, closed = 0, accepted = 0;
var server = net.createServer(function (s) {
  accepted++;
  if (accepted === 1) server.close();
  s.destroy();
});
server.listen(0, '127.0.0.1', function () {
  for (var i = 0; i < N; i++) {
    var c = net.connect(server.address().port, '127.0.0.1');
    c.on('error', function () {});
    c.resume();
    c.on('close', function () { closed++; });
  }
});
process.on('exit', function () { console.log('clients closed', closed === N, 'accepted some', accepted >= 1); });
// expect: clients closed true accepted some true
