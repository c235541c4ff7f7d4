// doc: net.md § "socket.destroy([error])"
// destroy() closes the socket: destroyed is true and 'close' fires with hadError false.
var net = require('net');
var server = net.createServer(function (s) {
  s.on('close', function () { console.log('server side closed'); server.close(); });
  s.resume();
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.destroy();
    console.log('destroyed', c.destroyed);
  });
  c.on('close', function (hadError) { console.log('close', hadError); });
});
// expect: destroyed true
// expect: close false
// expect: server side closed
