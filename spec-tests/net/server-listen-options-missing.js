// doc: net.md § "server.listen(options[, callback])"
// An options object with neither port nor path throws ERR_INVALID_ARG_VALUE.
var net = require('net');
try {
  net.createServer().listen({ host: '127.0.0.1' });
} catch (e) {
  console.log(e.code);
}
// expect: ERR_INVALID_ARG_VALUE
