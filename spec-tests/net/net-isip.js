// doc: net.md § "net.isIP(input)"
// isIP returns 4, 6, or 0 for anything that is not an address.
var net = require('net');
console.log(net.isIP('127.0.0.1'), net.isIP('::1'), net.isIP('fe80::1'),
            net.isIP('localhost'), net.isIP('1.2.3'), net.isIP(''), net.isIP('256.0.0.1'));
// expect: 4 6 6 0 0 0 0
