// doc: http.md § "agent.destroy()"
// agent.destroy() closes the sockets the agent keeps; closed, they leave freeSockets and totalSocketCount.
var http = require('http');
var server = http.createServer(function (req, res) { res.end(); });
var agent = new http.Agent({ keepAlive: true });
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port, agent: agent }, function (res) {
    res.resume();
    res.on('end', function () {
      setImmediate(function () {
        var socket = agent.freeSockets[Object.keys(agent.freeSockets)[0]][0];
        console.log(Object.keys(agent.freeSockets).length, agent.totalSocketCount);
        socket.on('close', function () {
          console.log(Object.keys(agent.freeSockets).length, agent.totalSocketCount);
          server.close();
        });
        agent.destroy();
      });
    });
  });
});
// expect: 1 1
// expect: 0 0
