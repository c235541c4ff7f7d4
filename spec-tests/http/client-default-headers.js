// doc: http.md § "http.request(url[, options][, callback])"
// Without an agent, the client sends Host: <host>:<port> and Connection: close.
var http = require('http');
var server = http.createServer(function (req, res) {
  console.log(req.headers.host === '127.0.0.1:' + server.address().port, req.headers.connection);
  res.end();
});
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, function (res) {
    res.resume();
    res.on('end', function () { server.close(); });
  });
});
// expect: true close
