// doc: net.md § "socket.destroySoon()"
// destroySoon() lets queued writes finish, then destroys the socket.
var net = require('net');
var server = net.createServer(function (s) {
  var total = 0;
  s.on('data', function (d) { total += d.length; });
  s.on('end', function () { console.log('server received', total); s.end(); server.close(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.write(Buffer.alloc(500000, 1));
    c.destroySoon();
  });
  process.on('exit', function () { console.log('destroyed', c.destroyed); });
});
// expect: server received 500000
// expect: destroyed true
