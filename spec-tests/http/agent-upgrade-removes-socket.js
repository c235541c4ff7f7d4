// doc: http.md § "Event: 'upgrade'"
// An upgraded socket leaves its agent: it is in no pool and no longer counted.
var http = require('http');
var server = http.createServer(function () { console.log('not reached'); });
server.on('upgrade', function (req, socket) {
  socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
});
var agent = new http.Agent({ keepAlive: true });
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ host: '127.0.0.1', port: server.address().port, agent: agent,
                           headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('upgrade', function (res, socket) {
    console.log(Object.keys(agent.sockets).length, Object.keys(agent.freeSockets).length,
                agent.totalSocketCount);
    socket.destroy();
    server.close();
  });
  req.end();
});
// expect: 0 0 0
