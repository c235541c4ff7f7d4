// doc: http.md § "http.request(url[, options][, callback])"
// The client reads a response with neither Content-Length nor chunking until the server closes.
var http = require('http');
var net = require('net');
var server = net.createServer(function (sock) {
  sock.once('data', function () {
    sock.write('HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\npart one, ');
    setTimeout(function () { sock.end('part two'); }, 50);
  });
});
server.listen(0, '127.0.0.1', function () {
  http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, function (res) {
    var body = '';
    res.setEncoding('utf8');
    res.on('data', function (d) { body += d; });
    res.on('end', function () {
      console.log(res.httpVersion, res.headers['content-length'], body);
      server.close();
    });
  });
});
// expect: 1.0 undefined part one, part two
