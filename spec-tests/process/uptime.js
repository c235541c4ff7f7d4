// doc: process.md § "`process.uptime()`"
// process.uptime() is the number of seconds the process has been running, fractional and small at startup.
var u = process.uptime();
console.log(typeof u, u >= 0 && u < 10, process.uptime() >= u);
// expect: number true true
