// doc: http.md § "agent.maxSockets"
// A freed socket goes to the next waiting request for its origin, so maxSockets: 1 serves a queue over one connection.
var http = require('http');
var server = http.createServer(function (req, res) { res.end(); });
var agent = new http.Agent({ maxSockets: 1 });
var connections = 0;
server.on('connection', function () { connections++; });
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var done = 0;
  for (var i = 0; i < 4; i++) {
    http.get({ host: '127.0.0.1', port: port, agent: agent }, function (res) {
      res.resume();
      res.on('end', function () {
        if (++done === 4) {
          console.log('connections', connections);
          agent.destroy();
          server.close();
        }
      });
    });
  }
});
// expect: connections 1
