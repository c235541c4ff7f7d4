// doc: net.md § "server.listen()"
// A port outside 0..65535 throws ERR_SOCKET_BAD_PORT (a RangeError).
var net = require('net');
try {
  net.createServer().listen(65536);
} catch (e) {
  console.log(e.name, e.code);
}
// expect: RangeError ERR_SOCKET_BAD_PORT
