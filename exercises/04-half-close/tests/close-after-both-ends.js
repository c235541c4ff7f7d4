// doc: net.md § "Event: 'close'"
// When both sides have ended, both sockets close by themselves (hadError false).
// timeout: 3
var net = require('net');
var closes = 0;
function closed(h) { closes++; if (closes === 2) { console.log('both closed', h); server.close(); } }
var server = net.createServer(function (s) {
  s.resume();
  s.on('close', closed);
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () { c.end(); });
  c.resume();
  c.on('close', closed);
});
// expect: both closed false
