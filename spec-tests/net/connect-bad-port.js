// doc: net.md § "socket.connect(options[, connectListener])"
// A negative port throws ERR_SOCKET_BAD_PORT synchronously.
var net = require('net');
try {
  net.connect({ port: -1, host: '127.0.0.1' });
} catch (e) {
  console.log(e.name, e.code);
}
// expect: RangeError ERR_SOCKET_BAD_PORT
