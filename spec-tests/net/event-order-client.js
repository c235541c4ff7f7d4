// doc: net.md § "Class: net.Socket"
// A client sees connect, ready, data, end, close, in that order.
var net = require('net');
var server = net.createServer(function (s) { s.end('payload'); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  ['connect', 'ready', 'end', 'finish'].forEach(function (ev) {
    c.on(ev, function () { console.log(ev); });
  });
  c.on('data', function () { console.log('data'); });
  c.on('close', function (hadError) { console.log('close', hadError); server.close(); });
});
// expect: connect
// expect: ready
// expect: data
// expect: end
// expect: finish
// expect: close false
