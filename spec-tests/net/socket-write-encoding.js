// doc: net.md § "socket.write(data[, encoding][, callback])"
// A string is encoded with the given encoding before it is sent.
var net = require('net');
var server = net.createServer(function (s) {
  s.setEncoding('utf8');
  s.on('data', function (d) { console.log(d); s.end(); server.close(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.write('68656c6c6f', 'hex');
  c.resume();
});
// expect: hello
