// doc: timers.md § "timeout.ref()"
// ref() after unref() makes the timeout keep the process alive again.
// timeout: 3
var t = setTimeout(function () { console.log('fired'); }, 10);
t.unref();
t.ref();
console.log(t.hasRef());
// expect: true
// expect: fired
