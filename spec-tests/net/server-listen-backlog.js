// doc: net.md § "server.listen([port[, host[, backlog]]][, callback])"
// A backlog argument is accepted between the host and the callback.
var net = require('net');
var server = net.createServer();
server.listen(0, '127.0.0.1', 10, function () {
  console.log('listening', server.listening);
  server.close();
});
// expect: listening true
