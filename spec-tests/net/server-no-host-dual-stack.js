// doc: net.md § "server.listen([port[, host[, backlog]]][, callback])"
// With no host the server listens on :: (the unspecified IPv6 address) and IPv4 clients reach it.
var net = require('net');
var server = net.createServer(function (s) { s.end('hi'); });
server.listen(0, function () {
  console.log(server.address().address, server.address().family);
  var c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  c.on('data', function (d) { console.log('got', d); });
  c.on('close', function () { server.close(); });
});
// expect: :: IPv6
// expect: got hi
