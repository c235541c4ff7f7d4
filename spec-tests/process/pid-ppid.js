// doc: process.md § "`process.pid`"
// process.pid and process.ppid are positive integers, and differ.
function ok(n) { return typeof n === 'number' && n > 0 && Math.floor(n) === n; }
console.log(ok(process.pid), ok(process.ppid), process.pid !== process.ppid);
// expect: true true true
