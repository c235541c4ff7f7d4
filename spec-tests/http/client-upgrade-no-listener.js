// doc: http.md § "Event: 'upgrade'"
// A 101 Upgrade response to a request with no 'upgrade' listener destroys the socket; the request just closes.
var http = require('http');
var server = http.createServer(function () { console.log('not reached'); });
server.on('upgrade', function (req, socket) {
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('end', function () {
    socket.end();
    server.close();
  });
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ host: '127.0.0.1', port: server.address().port,
                           headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('response', function () { console.log('not a response'); });
  req.on('error', function (e) { console.log('error', e.message); });
  req.on('close', function () { console.log('req close', req.socket.destroyed); });
  req.end();
});
// expect: req close true
