// doc: http.md § "http.request(url[, options][, callback])"
// When the server closes the connection before any response, the request errors with 'socket hang up' (ECONNRESET).
var http = require('http');
var net = require('net');
var server = net.createServer(function (sock) { sock.once('data', function () { sock.end(); }); });
server.listen(0, '127.0.0.1', function () {
  var req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, function () {
    console.log('no response expected');
  });
  req.on('error', function (err) { console.log(err.code, err.message); });
  req.on('close', function () { console.log('close'); server.close(); });
});
// expect: ECONNRESET socket hang up
// expect: close
