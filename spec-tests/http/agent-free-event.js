// doc: http.md § "agent.freeSockets"
// A keep-alive agent emits 'free' when a response ends and then holds the socket in freeSockets, no longer in sockets.
var http = require('http');
var server = http.createServer(function (req, res) { res.end('x'); });
var agent = new http.Agent({ keepAlive: true });
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var name = agent.getName({ host: '127.0.0.1', port: port });
  agent.on('free', function (socket, options) {
    console.log('free', socket === req.socket, options.host, options.port === port);
    setImmediate(function () {
      console.log(agent.freeSockets[name].length, agent.sockets[name], agent.totalSocketCount);
      agent.destroy();
      server.close();
    });
  });
  var req = http.get({ host: '127.0.0.1', port: port, agent: agent }, function (res) {
    res.resume();
    res.on('end', function () { console.log('end'); });
  });
});
// expect: end
// expect: free true 127.0.0.1 true
// expect: 1 undefined 1
