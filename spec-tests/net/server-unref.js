// doc: net.md § "server.unref()"
// An unref'ed listening server does not keep the process alive.
var net = require('net');
var server = net.createServer();
server.listen(0, '127.0.0.1', function () { console.log('listening'); });
server.unref();
process.on('exit', function () { console.log('exit', server.listening); });
// expect: listening
// expect: exit true
