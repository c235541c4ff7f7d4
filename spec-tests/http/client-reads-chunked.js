// doc: http.md § "http.request(url[, options][, callback])"
// The client de-chunks a chunked response body.
var http = require('http');
var net = require('net');
var server = net.createServer(function (sock) {
  sock.once('data', function () {
    sock.end('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
      '5\r\nhello\r\n1;ext=y\r\n \r\n5\r\nworld\r\n0\r\n\r\n');
  });
});
server.listen(0, '127.0.0.1', function () {
  http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, function (res) {
    var body = '';
    res.setEncoding('utf8');
    res.on('data', function (d) { body += d; });
    res.on('end', function () {
      console.log(res.headers['transfer-encoding'] + ': ' + body);
      server.close();
    });
  });
});
// expect: chunked: hello world
