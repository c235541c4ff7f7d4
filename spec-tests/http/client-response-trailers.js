// doc: http.md § "message.trailers"
// A client sees a chunked response's trailers in res.trailers and res.rawTrailers after 'end'.
var http = require('http');
var net = require('net');
var server = net.createServer(function (sock) {
  sock.once('data', function () {
    sock.end('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Digest\r\nConnection: close\r\n\r\n' +
      '2\r\nhi\r\n0\r\nX-Digest: abc\r\n\r\n');
  });
});
server.listen(0, '127.0.0.1', function () {
  http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, function (res) {
    res.resume();
    res.on('end', function () {
      console.log(JSON.stringify(res.trailers), JSON.stringify(res.rawTrailers));
      server.close();
    });
  });
});
// expect: {"x-digest":"abc"} ["X-Digest","abc"]
