// doc: http.md § "request.end([data[, encoding]][, callback])"
// A client request whose whole body goes to end() is sent with Content-Length, not chunked.
var http = require('http');
var server = http.createServer(function (req, res) {
  req.resume();
  req.on('end', function () {
    console.log(req.headers['transfer-encoding'], req.headers['content-length']);
    res.end();
  });
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', agent: false }, function (res) {
    res.resume();
    res.on('end', function () { server.close(); });
  });
  req.end('{"a":1}');
});
// expect: undefined 7
