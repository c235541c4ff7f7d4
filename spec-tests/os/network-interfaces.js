// doc: os.md § "os.networkInterfaces()"
// networkInterfaces() groups addresses by interface; the loopback address is internal with a CIDR.
var os = require('os');
var all = os.networkInterfaces();
var lo = [];
Object.keys(all).forEach(function (name) {
  all[name].forEach(function (a) { if (a.address === '127.0.0.1') lo.push(a); });
});
console.log(lo.length, lo[0].family, lo[0].internal, lo[0].netmask, lo[0].cidr, lo[0].mac);
// expect: 1 IPv4 true 255.0.0.0 127.0.0.1/8 00:00:00:00:00:00
