// doc: http.md § "Event: 'connect'"
// Any response to a CONNECT request goes to the request's 'connect' with the socket, now a tunnel.
var http = require('http');
var server = http.createServer(function () { console.log('not reached'); });
server.on('connect', function (req, socket, head) {
  console.log('server', req.method, req.url);
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
  socket.on('data', function (d) { socket.end('tunnel:' + d); });
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ host: '127.0.0.1', port: server.address().port,
                           method: 'CONNECT', path: 'example.com:443' });
  req.on('response', function () { console.log('not a response'); });
  req.on('connect', function (res, socket, head) {
    console.log(res.statusCode, res.statusMessage, head.length);
    var got = '';
    socket.on('data', function (d) { got += d; });
    socket.on('end', function () {
      console.log(got);
      server.close();
    });
    socket.write('ping');
  });
  req.end();
});
// expect: server CONNECT example.com:443
// expect: 200 Connection Established 0
// expect: tunnel:ping
