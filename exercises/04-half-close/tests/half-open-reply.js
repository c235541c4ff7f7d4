// doc: net.md § "net.createServer([options][, connectionListener])"
// After the client's end() an allowHalfOpen server can still reply on the same connection.
// timeout: 3
var net = require('net');
var server = net.createServer({ allowHalfOpen: true }, function (s) {
  var got = '';
  s.setEncoding('utf8');
  s.on('data', function (d) { got += d; });
  s.on('end', function () { s.end('answer to ' + got); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  c.end('question');
  c.on('data', function (d) { console.log(d); });
  c.on('close', function () { server.close(); });
});
// expect: answer to question
