// doc: net.md § "socket.write(data[, encoding][, callback])"
// The write callback runs once the data is written, with no error.
var net = require('net');
var server = net.createServer(function (s) { s.resume(); s.on('end', function () { s.end(); }); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var sync = true;
  c.write('data', function (err) {
    console.log('written', err, sync ? 'sync' : 'async');
    c.end();
  });
  sync = false;
  c.resume();
  c.on('close', function () { server.close(); });
});
// expect: written null async
