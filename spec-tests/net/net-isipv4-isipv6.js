// doc: net.md § "net.isIPv4(input)"
// isIPv4 and isIPv6 answer for one family each.
var net = require('net');
console.log(net.isIPv4('10.0.0.1'), net.isIPv4('::1'), net.isIPv6('::ffff:127.0.0.1'), net.isIPv6('10.0.0.1'));
// expect: true false true false
