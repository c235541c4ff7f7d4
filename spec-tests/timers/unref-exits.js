// doc: timers.md § "timeout.unref()"
// An unref'ed timeout alone does not keep the process running.
var t = setTimeout(function () { console.log('never'); }, 50);
t.unref();
console.log(t.hasRef());
// expect: false
