// doc: http.md § "server.close([callback])"
// server.close() closes idle keep-alive connections, so its callback runs.
var http = require('http');
var wire = require('./fixtures/wire');
var net = require('net');
var server = http.createServer(function (req, res) { res.end('x'); });
server.listen(0, '127.0.0.1', function () {
  var sock = net.connect(server.address().port, '127.0.0.1', function () {
    sock.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  });
  sock.on('data', function () {
    server.close(function () { serverClosed = true; });
  });
  sock.on('close', function () { clientClosed = true; });
});
var serverClosed = false;
var clientClosed = false;
process.on('exit', function () { console.log(serverClosed, clientClosed); });
// expect: true true
