// doc: net.md § "Class: net.SocketAddress"
// minode-differs: SocketAddress is P2 and not implemented; it fails loudly with ERR_NOT_IMPLEMENTED.
var net = require('net');
try {
  new net.SocketAddress({ address: '127.0.0.1' });
} catch (e) {
  console.log(e.code);
}
// expect: ERR_NOT_IMPLEMENTED
