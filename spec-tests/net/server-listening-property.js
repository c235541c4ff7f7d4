// doc: net.md § "server.listening"
// listening is false before listen, true once listening, false after close().
var net = require('net');
var server = net.createServer();
console.log(server.listening);
server.listen(0, '127.0.0.1', function () {
  console.log(server.listening);
  server.close();
  console.log(server.listening);
});
// expect: false
// expect: true
// expect: false
