// doc: net.md § "server.listen()"
// Calling listen() again on a listening server throws ERR_SERVER_ALREADY_LISTEN.
var net = require('net');
var server = net.createServer().listen(0, '127.0.0.1', function () {
  try {
    server.listen(0, '127.0.0.1');
  } catch (e) {
    console.log(e.code);
  }
  server.close();
});
// expect: ERR_SERVER_ALREADY_LISTEN
