// doc: net.md § "socket.write(data[, encoding][, callback])"
// Writes batched with cork()/uncork() arrive in order (one vectored write).
var net = require('net');
var server = net.createServer(function (s) {
  var got = '';
  s.setEncoding('utf8');
  s.on('data', function (d) { got += d; });
  s.on('end', function () { console.log(got); s.end(); server.close(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.cork();
    c.write('a');
    c.write('b');
    c.write(Buffer.from('c'));
    process.nextTick(function () { c.uncork(); c.end(); });
  });
  c.resume();
});
// expect: abc
