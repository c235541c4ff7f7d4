// doc: os.md § "os.totalmem()"
// totalmem/freemem are byte counts, uptime is seconds since boot and loadavg has three numbers.
var os = require('os');
console.log(os.totalmem() > 1024 * 1024, os.freemem() > 0, os.freemem() <= os.totalmem());
console.log(os.uptime() > 0, os.loadavg().length, os.loadavg().every(function (x) { return typeof x === 'number' && x >= 0; }));
// expect: true true true
// expect: true 3 true
