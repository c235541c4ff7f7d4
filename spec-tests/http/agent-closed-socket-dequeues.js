// doc: http.md § "agent.requests"
// A socket that closes leaves the agent, and a request waiting for its origin gets a new connection.
var http = require('http');
var server = http.createServer(function (req, res) {
  res.setHeader('Connection', 'close');
  res.end(String(req.socket.remotePort));
});
var agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var bodies = [];
  for (var i = 0; i < 2; i++) {
    http.get({ host: '127.0.0.1', port: port, agent: agent }, function (res) {
      var body = '';
      res.on('data', function (d) { body += d; });
      res.on('end', function () {
        bodies.push(body + ' ' + res.req.reusedSocket);
        if (bodies.length < 2) return;
        console.log(bodies[0] !== bodies[1], bodies[1].split(' ')[1], agent.totalSocketCount);
        server.close();
      });
    });
  }
  console.log(agent.requests[agent.getName({ host: '127.0.0.1', port: port })].length);
});
// expect: 1
// expect: true false 1
