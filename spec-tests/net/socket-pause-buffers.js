// doc: net.md § "socket.pause()"
// While paused no 'data' is emitted; the data waits and arrives after resume().
var net = require('net');
var server = net.createServer(function (s) { s.end('buffered while paused'); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  var paused = true;
  c.on('data', function (d) { console.log(paused ? 'data while paused!' : d); });
  c.pause();
  setTimeout(function () {
    paused = false;
    c.resume();
  }, 100);
  c.on('close', function () { server.close(); });
});
// expect: buffered while paused
