// doc: net.md § "Event: 'end'"
// Without allowHalfOpen, a write after the peer ended fails with EPIPE ("ended by the other party").
var net = require('net');
var server = net.createServer(function (s) {
  s.resume();
  s.on('end', function () {
    setImmediate(function () {  // by now the socket has ended its own side too
      var ret = s.write('late', function (err) { console.log('cb ' + err.code); });
      console.log('write returned ' + ret);
    });
  });
  s.on('error', function (err) {
    console.log('error ' + err.code + ': ' + err.message);
  });
  s.on('close', function () { console.log('close'); server.close(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () { c.end(); });
  c.resume();
});
// expect: write returned false
// expect: cb EPIPE
// expect: close
