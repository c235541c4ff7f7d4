// doc: net.md § "server.close([callback])"
// close() stops accepting at once but 'close' waits until existing connections have ended.
var net = require('net');
var server = net.createServer(function (sock) {
  server.close(function () { console.log('server closed'); });
  console.log('listening after close()', server.listening);
  sock.end('still served');
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  c.on('data', function (d) { console.log('client got', d); });
  c.on('end', function () { console.log('client end'); });
});
// expect: listening after close() false
// expect: client got still served
// expect: client end
// expect: server closed
