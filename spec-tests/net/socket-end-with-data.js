// doc: net.md § "socket.end([data[, encoding]][, callback])"
// end(data, cb) writes data, half-closes, and calls cb on 'finish'.
var net = require('net');
var server = net.createServer(function (s) {
  s.setEncoding('utf8');
  var got = '';
  s.on('data', function (d) { got += d; });
  s.on('end', function () { s.end('server got ' + got); server.close(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var ret = c.end('bye', function () { console.log('finished'); });
  console.log(ret === c);
  c.setEncoding('utf8');
  c.on('data', function (d) { console.log(d); });
});
// expect: true
// expect: finished
// expect: server got bye
