// doc: net.md § "Class: net.Server"
// A server sees listening, connection, then on the socket data, end, close; then the server's close.
var net = require('net');
var server = net.createServer();
server.on('listening', function () {
  console.log('listening');
  var c = net.connect(server.address().port, '127.0.0.1', function () { c.end('hello'); });
});
server.on('connection', function (s) {
  console.log('connection');
  s.on('data', function (d) { console.log('data', String(d)); });
  s.on('end', function () { console.log('end'); });
  s.on('close', function () { console.log('socket close'); server.close(); });
});
server.on('close', function () { console.log('server close'); });
server.listen(0, '127.0.0.1');
// expect: listening
// expect: connection
// expect: data hello
// expect: end
// expect: socket close
// expect: server close
