// doc: http.md § "server.keepAliveTimeout"
// The keep-alive wait starts after each response: requests closer together than keepAliveTimeout keep the connection, an idle one closes.
var http = require('http');
var net = require('net');
var served = 0;
var server = http.createServer(function (req, res) { served++; res.end('ok'); });
server.keepAliveTimeout = 1000;
server.listen(0, '127.0.0.1', function () {
  var sock = net.connect(server.address().port, '127.0.0.1');
  var sent = 0;
  var start = 0;
  function send() {
    sent++;
    sock.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  }
  sock.on('connect', send);
  sock.on('data', function () {
    if (sent < 4) setTimeout(send, 600);  // 4 requests span ~1.8 s
    else start = Date.now();
  });
  sock.on('close', function () {
    var idle = Date.now() - start;
    console.log('served', served, 'closed after idle', idle >= 900 && idle < 5000);
    server.close();
  });
});
// expect: served 4 closed after idle true
