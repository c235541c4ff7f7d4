// doc: timers.md § "timeout.unref()"
// A callback may unref another pending timer; the process then exits without waiting for it.
// timeout: 3
var long = setTimeout(function () { console.log('never'); }, 100000);
setTimeout(function () {
  long.unref();
  console.log('unref');
}, 5);
process.on('exit', function () { console.log('exit'); });
// expect: unref
// expect: exit
