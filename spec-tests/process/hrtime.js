// doc: process.md § "`process.hrtime([time])`"
// process.hrtime() returns [seconds, nanoseconds] with integer parts and nanoseconds below 1e9.
var t = process.hrtime();
function isInt(n) { return typeof n === 'number' && Math.floor(n) === n && n >= 0; }
console.log(Array.isArray(t), t.length, isInt(t[0]), isInt(t[1]), t[1] < 1e9);
// expect: true 2 true true true
