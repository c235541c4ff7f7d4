// doc: net.md § "Event: 'lookup'"
// Connecting to a host name emits 'lookup' (err, address, family, host) before 'connect'.
var net = require('net');
var server = net.createServer(function (s) { s.end(); });
server.listen(0, '127.0.0.1', function () {
  var lookups = 0;
  var c = net.connect({ port: server.address().port, host: 'localhost', family: 4 });
  c.on('lookup', function (err, address, family, host) {
    lookups++;
    console.log('lookup', err, address, family, host);
  });
  c.on('connect', function () { console.log('connect after lookup', lookups > 0); });
  c.resume();
  c.on('close', function () { server.close(); });
});
// expect: lookup null 127.0.0.1 4 localhost
// expect: connect after lookup true
