// doc: net.md § "Event: 'data'"
// Data that arrives before any 'data' listener is kept and delivered when one is added.
var net = require('net');
var server = net.createServer(function (s) { s.end('kept for later'); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  setTimeout(function () {
    c.setEncoding('utf8');
    c.on('data', function (d) { console.log(d); });
  }, 100);
  c.on('close', function () { server.close(); });
});
// expect: kept for later
