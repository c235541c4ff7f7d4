// doc: timers.md § "timeout.unref()"
// An unref'ed timeout still fires while something else keeps the loop alive.
// timeout: 3
setTimeout(function () { console.log('weak'); }, 5).unref();
setTimeout(function () { console.log('strong'); }, 40);
// expect: weak
// expect: strong
