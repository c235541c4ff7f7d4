// doc: net.md § "Event: 'connection'"
// A client that connects and never sends does not stop the server from serving others.
var net = require('net');
var silent;
var server = net.createServer(function (s) {
  s.setEncoding('utf8');
  s.on('data', function (d) { s.end('echo ' + d); });
});
server.listen(0, '127.0.0.1', function () {
  silent = net.connect(server.address().port, '127.0.0.1');
  silent.on('connect', function () {
    var c = net.connect(server.address().port, '127.0.0.1', function () { c.write('hi'); });
    c.setEncoding('utf8');
    c.on('data', function (d) { console.log(d); });
    c.on('close', function () {
      silent.destroy();
      server.close(function () { console.log('server closed'); });
    });
  });
});
// expect: echo hi
// expect: server closed
