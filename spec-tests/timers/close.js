// doc: timers.md § "timeout.close()"
// close() cancels the timeout and returns it.
var t = setTimeout(function () { console.log('never'); }, 5);
console.log(t.close() === t);
// expect: true
