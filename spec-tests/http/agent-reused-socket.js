// doc: http.md § "request.reusedSocket"
// With a keep-alive agent, the second request goes over the first one's socket: reusedSocket is true.
var http = require('http');
var server = http.createServer(function (req, res) { res.end(String(req.socket.remotePort)); });
var agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var first = http.get({ host: '127.0.0.1', port: port, agent: agent }, function (res) {
    var a = '';
    res.on('data', function (d) { a += d; });
    res.on('end', function () {
      setImmediate(function () {
        var second = http.get({ host: '127.0.0.1', port: port, agent: agent }, function (res2) {
          var b = '';
          res2.on('data', function (d) { b += d; });
          res2.on('end', function () {
            console.log(first.reusedSocket, second.reusedSocket, a === b);
            agent.destroy();
            server.close();
          });
        });
      });
    });
  });
});
// expect: false true true
