// doc: net.md § "Event: 'connection'"
// 300 simultaneous clients are all accepted and echoed; counts, not order, are checked.
var net = require('net');
var N = 300, accepted = 0, echoed = 0, closed = 0;
var server = net.createServer(function (s) { accepted++; s.pipe(s); });
server.listen(0, '127.0.0.1', function () {
  for (var i = 0; i < N; i++) {
    (function (i) {
      var c = net.connect(server.address().port, '127.0.0.1', function () { c.end('n' + i); });
      c.setEncoding('utf8');
      c.on('data', function (d) { if (d === 'n' + i) echoed++; });
      c.on('close', function () { if (++closed === N) server.close(); });
    })(i);
  }
});
server.on('close', function () { console.log(accepted, echoed, closed); });
// expect: 300 300 300
