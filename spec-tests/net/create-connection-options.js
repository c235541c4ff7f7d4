// doc: net.md § "net.createConnection(options[, connectListener])"
// createConnection({ port, host }) is the same as connect().
var net = require('net');
console.log(net.createConnection === net.connect);
var server = net.createServer(function (s) { s.end('x'); });
server.listen(0, '127.0.0.1', function () {
  var c = net.createConnection({ port: server.address().port, host: '127.0.0.1' }, function () {
    console.log('connect');
  });
  c.on('data', function (d) { console.log(String(d)); });
  c.on('close', function () { server.close(); });
});
// expect: true
// expect: connect
// expect: x
