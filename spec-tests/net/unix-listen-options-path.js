// doc: net.md § "server.listen(options[, callback])"
// listen({ path }) and connect({ path }) use a Unix-domain socket; socket addresses are empty.
var net = require('net');
var os = require('os');
var path = os.tmpdir() + '/minode-spec-optpath-' + process.pid + '.sock';
var server = net.createServer(function (s) {
  s.end('remoteAddress ' + s.remoteAddress);
});
server.listen({ path: path }, function () {
  var c = net.connect({ path: path }, function () { console.log('connected'); });
  c.setEncoding('utf8');
  c.on('data', function (d) { console.log(d); });
  c.on('close', function () { server.close(); });
});
// expect: connected
// expect: remoteAddress undefined
