// doc: net.md § "server.address()"
// For an IPv6 listener the family is 'IPv6'.
var net = require('net');
var server = net.createServer().listen(0, '::1', function () {
  var a = server.address();
  console.log(a.address, a.family);
  server.close();
});
// expect: ::1 IPv6
