// A small keep-alive load generator for bench/http-callgrind.sh: C
// connections (argv[4], default 10) to 127.0.0.1:PORT (argv[2]) send N
// requests in all (argv[3]), one at a time per connection, and exit when every
// response is in. Counts responses by their body ('Hello World'). Runs under node.
var net = require('net');
var port = Number(process.argv[2]);
var total = Number(process.argv[3] || 20000);
var conns = Number(process.argv[4] || 10);
var sent = 0, done = 0;
var request = 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';
function open() {
  var s = net.connect(port, '127.0.0.1');
  var pending = '';
  function next() {
    if (sent < total) { sent++; s.write(request); } else s.end();
  }
  s.on('connect', next);
  s.on('data', function (d) {
    pending += d.toString('latin1');
    var at;
    while ((at = pending.indexOf('Hello World')) !== -1) {
      pending = pending.slice(at + 11);
      done++;
      next();
    }
  });
  s.on('error', function () {});
}
for (var i = 0; i < conns; i++) open();
process.on('exit', function () { console.log('responses ' + done); });
