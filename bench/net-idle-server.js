// The server half of the idle-connections benchmark (bench/net-compare.sh):
// listens on an ephemeral port, prints "PORT <n>", answers the first
// message of each connection with "pong", and then leaves it idle. Runs
// until killed. The client (bench/net-idle-client.js, run by node) lives in
// another process so that this process's memory is the server's alone.
var net = require('net');
var server = net.createServer(function (s) {
  s.once('data', function () { s.write('pong'); });
  s.on('error', function () {});
});
server.listen(0, '127.0.0.1', function () {
  console.log('PORT ' + server.address().port);
});
