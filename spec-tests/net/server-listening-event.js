// doc: net.md § "Event: 'listening'"
// The listen() callback is added as a 'listening' listener; both run, once.
var net = require('net');
var server = net.createServer();
var n = 0;
server.on('listening', function () { n++; console.log('event'); });
server.listen(0, '127.0.0.1', function () {
  n++;
  console.log('callback');
  server.close(function () { console.log('count', n); });
});
// expect: event
// expect: callback
// expect: count 2
