// doc: net.md § "socket.ref()"
// ref() after unref() makes the socket keep the process alive again.
var net = require('net');
var server = net.createServer(function (s) {
  setTimeout(function () { s.end('late'); server.close(); }, 50);
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.unref();
  console.log(c.ref() === c);
  c.setEncoding('utf8');
  c.on('data', function (d) { console.log(d); });
});
// expect: true
// expect: late
