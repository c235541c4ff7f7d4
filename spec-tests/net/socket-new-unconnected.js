// doc: net.md § "new net.Socket([options])"
// A new Socket is not connected: no handle, pending, and its remote address is undefined.
var net = require('net');
var s = new net.Socket();
console.log(s.pending, s.connecting, s.remoteAddress, s.destroyed, s.readyState);
s.destroy();
// expect: true false undefined false open
