// doc: net.md § "server.ref()"
// ref() and unref() return the server; ref() after unref() keeps the process alive again.
var net = require('net');
var server = net.createServer();
console.log(server.unref() === server, server.ref() === server);
server.listen(0, '127.0.0.1', function () {
  setTimeout(function () { console.log('still alive'); server.close(); }, 20);
});
// expect: true true
// expect: still alive
