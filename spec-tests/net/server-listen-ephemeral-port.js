// doc: net.md § "server.listen([port[, host[, backlog]]][, callback])"
// Port 0 asks the operating system for an unused port, reported by address().
var net = require('net');
var server = net.createServer();
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  console.log(typeof port, port > 0 && port < 65536);
  server.close();
});
// expect: number true
