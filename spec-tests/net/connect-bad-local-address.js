// doc: net.md § "socket.connect(options[, connectListener])"
// A localAddress that is not an IP address throws ERR_INVALID_IP_ADDRESS.
var net = require('net');
try {
  net.connect({ port: 1, host: '127.0.0.1', localAddress: 'nope' });
} catch (e) {
  console.log(e.code);
}
// expect: ERR_INVALID_IP_ADDRESS
