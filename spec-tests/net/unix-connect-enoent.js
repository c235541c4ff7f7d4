// doc: net.md § "socket.connect(path[, connectListener])"
// Connecting to a missing socket path fails with ENOENT: "connect ENOENT <path>".
var net = require('net');
var os = require('os');
var path = os.tmpdir() + '/minode-spec-missing-' + process.pid + '.sock';
var c = net.connect({ path: path });
c.on('error', function (e) {
  console.log(e.code, e.syscall, e.address === path, e.message === 'connect ENOENT ' + path);
});
// expect: ENOENT connect true true
