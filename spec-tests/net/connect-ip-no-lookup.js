// doc: net.md § "Event: 'lookup'"
// A host that is already an IP address is not looked up: no 'lookup' event.
var net = require('net');
var server = net.createServer(function (s) { s.end(); });
server.listen(0, '127.0.0.1', function () {
  var lookups = 0;
  var c = net.connect(server.address().port, '127.0.0.1');
  c.on('lookup', function () { lookups++; });
  c.resume();
  c.on('close', function () { console.log('lookups', lookups); server.close(); });
});
// expect: lookups 0
