// doc: net.md § "socket.resetAndDestroy()"
// resetAndDestroy() closes with a TCP RST: the peer gets ECONNRESET.
var net = require('net');
var server = net.createServer(function (s) {
  s.on('error', function (e) { console.log('server error', e.code); });
  s.on('close', function (hadError) { console.log('server close', hadError); server.close(); });
  s.resume();
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    console.log(c.resetAndDestroy() === c);
  });
  process.on('exit', function () { console.log('client destroyed', c.destroyed); });
});
// expect: true
// expect: server error ECONNRESET
// expect: server close true
// expect: client destroyed true
