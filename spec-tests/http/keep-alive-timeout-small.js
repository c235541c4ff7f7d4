// doc: http.md § "server.keepAliveTimeout"
// With a small keepAliveTimeout the server closes an idle kept-alive socket soon after the response.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) { res.end('ok'); });
server.keepAliveTimeout = 200;
server.listen(0, '127.0.0.1', function () {
  var start;
  var sock = net.connect(server.address().port, '127.0.0.1', function () {
    sock.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  });
  var text = '';
  sock.setEncoding('latin1');
  sock.on('data', function (d) {
    text += d;
    if (!start && /\r\n\r\nok$/.test(text)) start = Date.now();
  });
  sock.on('close', function () {
    var idle = Date.now() - start;
    console.log(/Keep-Alive: timeout=0\r\n/.test(text) || /Keep-Alive: timeout=\d/.test(text), idle >= 100, idle < 3000);
    server.close();
  });
});
// expect: true true true
