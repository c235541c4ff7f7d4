// doc: net.md § "Event: 'error'"
// A peer that resets the connection surfaces as 'error' ECONNRESET then 'close' true.
var net = require('net');
var server = net.createServer(function (s) { s.resetAndDestroy(); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.on('error', function (e) { console.log(e.code); });
  c.on('close', function (hadError) { console.log('close', hadError); server.close(); });
  c.resume();
});
// expect: ECONNRESET
// expect: close true
