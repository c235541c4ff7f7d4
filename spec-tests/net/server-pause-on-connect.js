// doc: net.md § "net.createServer([options][, connectionListener])"
// With pauseOnConnect the accepted socket reads nothing until resume().
var net = require('net');
var server = net.createServer({ pauseOnConnect: true }, function (s) {
  var resumed = false;
  s.on('data', function (d) { console.log(resumed ? 'data after resume' : 'data too early'); });
  setTimeout(function () { resumed = true; s.resume(); }, 60);
  s.on('end', function () { s.end(); server.close(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () { c.end('x'); });
  c.resume();
});
// expect: data after resume
