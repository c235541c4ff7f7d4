// doc: net.md § "socket.setEncoding([encoding])"
// After setEncoding('utf8') 'data' delivers strings.
var net = require('net');
var server = net.createServer(function (s) { s.end('héllo'); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  var got = '';
  c.on('data', function (d) { console.log(typeof d); got += d; });
  c.on('end', function () { console.log(got); });
  c.on('close', function () { server.close(); });
});
// expect: string
// expect: héllo
