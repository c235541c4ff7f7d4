// doc: net.md § "socket.readyState"
// readyState goes opening, open, readOnly after our end(), closed after destroy.
var net = require('net');
var server = net.createServer(function (s) {
  s.on('end', function () { s.end('bye'); });
  s.resume();
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  console.log(c.readyState);
  c.on('connect', function () {
    console.log(c.readyState);
    c.end();
    console.log(c.readyState);
  });
  c.on('data', function () {});
  c.on('close', function () { console.log(c.readyState); server.close(); });
});
// expect: opening
// expect: open
// expect: readOnly
// expect: closed
