// doc: http.md § "Event: 'upgrade'"
// An Upgrade request goes to 'upgrade' with the socket and the bytes after the head.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function () { console.log('not reached'); });
server.on('upgrade', function (req, socket, head) {
  console.log(req.headers.upgrade, JSON.stringify(String(head)));
  socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
});
wire.exchange(server, 'GET /chat HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\nhello', wire.show);
// expect: echo "hello"
// expect: HTTP/1.1 101 Switching Protocols
// expect: Upgrade: echo
// expect: Connection: Upgrade
// expect: |
// expect: |
