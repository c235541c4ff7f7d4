// doc: net.md § "server.address()"
// For an IPv4 listener, address() is { address, family: 'IPv4', port }.
var net = require('net');
var server = net.createServer().listen(0, '127.0.0.1', function () {
  var a = server.address();
  console.log(a.address, a.family, a.port === server.address().port);
  server.close();
});
// expect: 127.0.0.1 IPv4 true
