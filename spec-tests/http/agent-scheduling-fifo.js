// doc: http.md § "new Agent([options])"
// With scheduling 'fifo' a new request gets the socket freed first (fifo) among the free sockets.
var http = require('http');
var server = http.createServer(function (req, res) {
  // /a answers at once, /b later: a's socket is freed first.
  setTimeout(function () { res.end(String(req.socket.remotePort)); }, req.url === '/a' ? 0 : 100);
});
var agent = new http.Agent({ keepAlive: true, scheduling: 'fifo' });
function get(path, cb) {
  http.get({ host: '127.0.0.1', port: server.address().port, path: path, agent: agent }, function (res) {
    var body = '';
    res.on('data', function (d) { body += d; });
    res.on('end', function () { cb(body); });
  });
}
server.listen(0, '127.0.0.1', function () {
  var ports = {};
  var done = 0;
  ['/a', '/b'].forEach(function (path) {
    get(path, function (port) {
      ports[path.slice(1)] = port;
      if (++done < 2) return;
      setImmediate(function () {
        get('/c', function (port) {
          console.log(port === ports.a ? 'a' : port === ports.b ? 'b' : 'new');
          agent.destroy();
          server.close();
        });
      });
    });
  });
});
// expect: a
