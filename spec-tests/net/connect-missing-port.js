// doc: net.md § "socket.connect(options[, connectListener])"
// Options with neither port nor path throw ERR_MISSING_ARGS.
var net = require('net');
try {
  net.connect({ host: '127.0.0.1' });
} catch (e) {
  console.log(e.name, e.code);
}
// expect: TypeError ERR_MISSING_ARGS
