// doc: timers.md § "timeout.ref()"
// ref() and unref() return the Timeout, so calls chain.
var t = setTimeout(function () { console.log('fired'); }, 1);
console.log(t.unref() === t, t.ref() === t, t.hasRef());
// expect: true true true
// expect: fired
