// doc: net.md § "server.listen(path[, backlog][, callback])"
// A second server on a path in use gets EADDRINUSE.
var net = require('net');
var os = require('os');
var path = os.tmpdir() + '/minode-spec-inuse-' + process.pid + '.sock';
var a = net.createServer().listen(path, function () {
  var b = net.createServer();
  b.on('error', function (e) {
    console.log(e.code, e.message === 'listen EADDRINUSE: address already in use ' + path);
    a.close();
  });
  b.listen(path);
});
// expect: EADDRINUSE true
