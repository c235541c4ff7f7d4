// doc: http.md § "new Agent([options])"
// A keepAlive agent sends Connection: keep-alive and keeps the socket in agent.freeSockets after the response.
var http = require('http');
var server = http.createServer(function (req, res) {
  console.log(req.headers.connection);
  res.end();
});
var agent = new http.Agent({ keepAlive: true });
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port, agent: agent }, function (res) {
    res.resume();
    res.on('end', function () {
      setTimeout(function () {
        var names = Object.keys(agent.freeSockets);
        console.log(names.length, names.length && agent.freeSockets[names[0]].length);
        agent.destroy();
        server.close();
      }, 20);
    });
  });
});
// expect: keep-alive
// expect: 1 1
