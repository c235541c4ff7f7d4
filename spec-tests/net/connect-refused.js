// doc: net.md § "Event: 'error'"
// A refused connection errors with Node's shape: "connect ECONNREFUSED host:port".
var net = require('net');
var server = net.createServer().listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  server.close(function () {
    var c = net.connect(port, '127.0.0.1');
    c.on('error', function (e) {
      console.log(e.message === 'connect ECONNREFUSED 127.0.0.1:' + port);
      console.log(e.code, e.syscall, e.errno < 0, e.address, e.port === port);
    });
    c.on('close', function (hadError) { console.log('close', hadError); });
  });
});
// expect: true
// expect: ECONNREFUSED connect true 127.0.0.1 true
// expect: close true
