// doc: net.md § "socket.write(data[, encoding][, callback])"
// Writing after end() fails with ERR_STREAM_WRITE_AFTER_END.
var net = require('net');
var server = net.createServer(function (s) { s.resume(); s.on('end', function () { s.end(); }); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.end();
  c.on('error', function (e) { console.log('error', e.code); });
  c.write('late', function (e) { console.log('callback', e.code); });
  c.resume();
  c.on('close', function () { server.close(); });
});
// expect: callback ERR_STREAM_WRITE_AFTER_END
// expect: error ERR_STREAM_WRITE_AFTER_END
