// doc: net.md § "server.getConnections(callback)"
// getConnections reports the number of open connections, asynchronously.
var net = require('net');
var clients = [];
var server = net.createServer(function () {
  if (server._seen === undefined) server._seen = 0;
  if (++server._seen < 2) return;
  var sync = true;
  server.getConnections(function (err, n) {
    console.log(err, n, sync ? 'sync' : 'async');
    clients.forEach(function (c) { c.destroy(); });
    server.close();
  });
  sync = false;
});
server.listen(0, '127.0.0.1', function () {
  clients.push(net.connect(server.address().port, '127.0.0.1'));
  clients.push(net.connect(server.address().port, '127.0.0.1'));
});
// expect: null 2 async
