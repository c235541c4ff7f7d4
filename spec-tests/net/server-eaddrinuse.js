// doc: net.md § "server.listen()"
// Listening on a port already in use emits 'error' with code EADDRINUSE and syscall 'listen'.
var net = require('net');
var first = net.createServer().listen(0, '127.0.0.1', function () {
  var port = first.address().port;
  var second = net.createServer();
  second.on('error', function (err) {
    console.log(err.code, err.syscall, err.errno < 0, err.port === port, err.address);
    console.log(err.message === 'listen EADDRINUSE: address already in use 127.0.0.1:' + port);
    console.log('listening', second.listening);
    first.close();
  });
  second.listen(port, '127.0.0.1');
});
// expect: EADDRINUSE listen true true 127.0.0.1
// expect: true
// expect: listening false
