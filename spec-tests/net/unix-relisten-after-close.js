// doc: net.md § "server.close([callback])"
// Closing a Unix-domain server removes its socket file, so the path can be listened on again.
var net = require('net');
var os = require('os');
var path = os.tmpdir() + '/minode-spec-relisten-' + process.pid + '.sock';
var a = net.createServer().listen(path, function () {
  a.close(function () {
    var b = net.createServer();
    b.on('error', function (e) { console.log('error', e.code); });
    b.listen(path, function () { console.log('listening again'); b.close(); });
  });
});
// expect: listening again
