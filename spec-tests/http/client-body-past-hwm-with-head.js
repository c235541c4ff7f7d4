// doc: http.md § "Class: http.IncomingMessage" (a Readable: backpressure through the socket)
// The head and a body larger than the response's highWaterMark arrive in one
// read, before the 'data' listener's resume() has taken effect: the body is
// buffered, push() returns false and the client pauses the socket. Reading the
// response must let the socket flow again, or the rest of the body never arrives.
var http = require('http');
var net = require('net');
var body = Buffer.alloc(50000, 97);
var server = net.createServer(function (sock) {
  sock.once('data', function () {
    var head = 'HTTP/1.1 200 OK\r\nContent-Length: ' + body.length + '\r\n\r\n';
    // Head plus most of the body in one write, the rest a little later.
    sock.write(Buffer.concat([Buffer.from(head), body.subarray(0, 47616)]));
    setTimeout(function () { sock.end(body.subarray(47616)); }, 20);
  });
});
server.listen(0, '127.0.0.1', function () {
  http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, function (res) {
    var n = 0;
    res.on('data', function (d) { n += d.length; });
    res.on('end', function () {
      console.log('end', n);
      server.close();
    });
  });
});
// expect: end 50000
