// doc: net.md § "server.close([callback])"
// close(cb) on a server that is not listening calls cb with ERR_SERVER_NOT_RUNNING.
var net = require('net');
var server = net.createServer();
server.close(function (err) {
  console.log(err instanceof Error, err.code);
});
// expect: true ERR_SERVER_NOT_RUNNING
