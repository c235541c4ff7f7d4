// doc: net.md § "socket.write(data[, encoding][, callback])"
// Data written while still connecting is sent once the connection is up.
var net = require('net');
var server = net.createServer(function (s) {
  s.setEncoding('utf8');
  var got = '';
  s.on('data', function (d) { got += d; });
  s.on('end', function () { console.log('server got', got); s.end(); server.close(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  console.log('connecting', c.connecting);
  c.write('early ');
  c.end('bird');
  c.resume();
});
// expect: connecting true
// expect: server got early bird
