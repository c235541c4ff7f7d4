// doc: http.md § "request.setTimeout(timeout[, callback])"
// A client request whose server stays silent emits 'timeout'; destroying it then gives an error.
var http = require('http');
var net = require('net');
var server = net.createServer(function (sock) { sock.on('error', function () {}); });
server.listen(0, '127.0.0.1', function () {
  var req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false });
  req.setTimeout(100, function () {
    console.log('timeout');
    req.destroy();
  });
  req.on('error', function (err) {
    console.log(err.code, err.message);
    server.close();
  });
});
// expect: timeout
// expect: ECONNRESET socket hang up
