// doc: net.md § "server.close([callback])"
// After close() the port no longer accepts: a new connection is refused.
var net = require('net');
var server = net.createServer().listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  server.close(function () {
    net.connect(port, '127.0.0.1').on('error', function (e) { console.log(e.code); });
  });
});
// expect: ECONNREFUSED
