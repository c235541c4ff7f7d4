// doc: net.md § "server.listen(path[, backlog][, callback])"
// A server on a Unix-domain socket path echoes to a client that connects by path.
var net = require('net');
var os = require('os');
var path = os.tmpdir() + '/minode-spec-unix-echo-' + process.pid + '.sock';
var server = net.createServer(function (s) { s.pipe(s); });
server.listen(path, function () {
  console.log('address is the path', server.address() === path);
  var c = net.connect(path, function () { c.end('over unix'); });
  c.setEncoding('utf8');
  c.on('data', function (d) { console.log(d); });
  c.on('close', function () { server.close(); });
});
// expect: address is the path true
// expect: over unix
