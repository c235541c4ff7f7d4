// doc: net.md § "Event: 'data'"
// Without an encoding 'data' delivers Buffers.
var net = require('net');
var server = net.createServer(function (s) { s.end('xyz'); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.on('data', function (d) { console.log(Buffer.isBuffer(d), d.length, d.toString()); });
  c.on('close', function () { server.close(); });
});
// expect: true 3 xyz
