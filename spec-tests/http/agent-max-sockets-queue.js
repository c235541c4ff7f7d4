// doc: http.md § "agent.requests"
// Over maxSockets a request waits in agent.requests under its getName() key, and runs when a socket is freed.
var http = require('http');
var server = http.createServer(function (req, res) { res.end(req.url); });
var agent = new http.Agent({ maxSockets: 1 });
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var name = agent.getName({ host: '127.0.0.1', port: port });
  var bodies = [];
  ['/a', '/b', '/c'].forEach(function (path) {
    http.get({ host: '127.0.0.1', port: port, path: path, agent: agent }, function (res) {
      var body = '';
      res.on('data', function (d) { body += d; });
      res.on('end', function () {
        bodies.push(body);
        if (bodies.length === 3) {
          console.log(bodies.join(' '), Object.keys(agent.requests).length);
          agent.destroy();
          server.close();
        }
      });
    });
  });
  console.log(agent.sockets[name].length, agent.requests[name].length, agent.totalSocketCount);
});
// expect: 1 2 1
// expect: /a /b /c 0
