// doc: net.md § "socket.write(data[, encoding][, callback])"
// Writing to a destroyed socket calls back with ERR_STREAM_DESTROYED.
var net = require('net');
var server = net.createServer(function (s) { s.resume(); s.on('close', function () { server.close(); }); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.destroy();
    console.log(c.write('x', function (e) { console.log('callback', e.code); }));
  });
  c.on('error', function (e) { console.log('error', e.code); });
});
// expect: false
// expect: callback ERR_STREAM_DESTROYED
