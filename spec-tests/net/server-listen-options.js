// doc: net.md § "server.listen(options[, callback])"
// listen({ port, host }) binds the given host; port 0 picks a free port.
var net = require('net');
var server = net.createServer();
server.listen({ port: 0, host: '127.0.0.1' }, function () {
  console.log(server.address().address, server.address().port > 0);
  server.close();
});
// expect: 127.0.0.1 true
