// doc: net.md § "new net.Socket([options])"
// A client with allowHalfOpen keeps writing after the server ended its side.
var net = require('net');
var server = net.createServer({ allowHalfOpen: true }, function (s) {
  s.setEncoding('utf8');
  var got = '';
  s.on('data', function (d) { got += d; });
  s.on('end', function () { console.log('server got', got); server.close(); });
  s.end('server done');
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  c.setEncoding('utf8');
  c.on('data', function (d) { console.log('client got', d); });
  c.on('end', function () {
    console.log('client end, writable', c.writable);
    c.end('late words');
  });
});
// expect: client got server done
// expect: client end, writable true
// expect: server got late words
