// doc: http.md § "new Agent([options])"
// A keep-alive agent keeps at most maxFreeSockets idle sockets per origin; a freed socket beyond that is destroyed.
var http = require('http');
var server = http.createServer(function (req, res) { res.end(); });
var agent = new http.Agent({ keepAlive: true, maxFreeSockets: 1 });
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var name = agent.getName({ host: '127.0.0.1', port: port });
  var done = 0;
  for (var i = 0; i < 3; i++) {
    http.get({ host: '127.0.0.1', port: port, agent: agent }, function (res) {
      res.resume();
      res.on('end', function () {
        if (++done < 3) return;
        setTimeout(function () {
          console.log(agent.freeSockets[name].length, agent.sockets[name], agent.totalSocketCount);
          agent.destroy();
          server.close();
        }, 50);
      });
    });
  }
  console.log(agent.sockets[name].length);
});
// expect: 3
// expect: 1 undefined 1
