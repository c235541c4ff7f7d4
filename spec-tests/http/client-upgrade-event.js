// doc: http.md § "Event: 'upgrade'"
// A 101 response with Upgrade goes to the request's 'upgrade' with the socket; the bytes after the head are the new protocol's.
var http = require('http');
var server = http.createServer(function () { console.log('not reached'); });
server.on('upgrade', function (req, socket) {
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nhello');
  socket.on('data', function (d) { socket.end(d); });
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ host: '127.0.0.1', port: server.address().port,
                           headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('response', function () { console.log('not a response'); });
  req.on('upgrade', function (res, socket, head) {
    console.log(res.statusCode, res.headers.upgrade, req.upgradeOrConnect);
    var got = String(head);
    socket.on('data', function (d) { got += d; });
    socket.on('end', function () {
      console.log(got);
      server.close();
    });
    socket.write(' world');
  });
  req.on('close', function () { console.log('req close'); });
  req.end();
});
// expect: 101 echo true
// expect: req close
// expect: hello world
