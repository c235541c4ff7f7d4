// doc: net.md § "socket.destroy([error])"
// destroy(err) emits 'error' with err, then 'close' with hadError true.
var net = require('net');
var server = net.createServer(function (s) { s.resume(); s.on('close', function () { server.close(); }); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.destroy(new Error('boom'));
  });
  c.on('error', function (e) { console.log('error', e.message); });
  c.on('close', function (hadError) { console.log('close', hadError); });
});
// expect: error boom
// expect: close true
