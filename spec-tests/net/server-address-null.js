// doc: net.md § "server.address()"
// address() is null before the server listens.
var net = require('net');
console.log(net.createServer().address());
// expect: null
