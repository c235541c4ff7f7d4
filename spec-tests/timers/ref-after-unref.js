// doc: timers.md § "timeout.ref()"
// ref() after unref() makes the timeout keep the process alive again.
var t = setTimeout(function () { console.log('fired'); }, 10);
t.unref();
t.ref();
// expect: fired
