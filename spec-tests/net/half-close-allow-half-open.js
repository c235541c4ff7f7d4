// doc: net.md § "net.createServer([options][, connectionListener])"
// With allowHalfOpen the server's socket stays writable after the client ends: it can still reply.
var net = require('net');
var server = net.createServer({ allowHalfOpen: true }, function (s) {
  var got = '';
  s.setEncoding('utf8');
  s.on('data', function (d) { got += d; });
  s.on('end', function () {
    console.log('server end, writable', s.writable);
    setTimeout(function () { s.end('reply to ' + got); }, 20);
  });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  c.end('request');
  c.on('data', function (d) { console.log('client got', d); });
  c.on('close', function () { server.close(); });
});
// expect: server end, writable true
// expect: client got reply to request
