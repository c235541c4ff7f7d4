// doc: net.md § "net.createConnection(options[, connectListener])"
// The timeout option calls setTimeout: an idle socket emits 'timeout' and stays open.
var net = require('net');
var server = net.createServer(function () {});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect({ port: server.address().port, host: '127.0.0.1', timeout: 50 });
  c.on('timeout', function () {
    console.log('timeout', c.timeout, c.destroyed);
    c.destroy();
    server.close();
  });
});
// expect: timeout 50 false
