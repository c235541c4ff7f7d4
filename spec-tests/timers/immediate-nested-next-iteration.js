// doc: timers.md § "setImmediate(callback[, ...args])"
// An immediate queued while immediates run waits for the next loop iteration.
setImmediate(function () {
  console.log('A');
  setImmediate(function () { console.log('C'); });
});
setImmediate(function () { console.log('B'); });
// expect: A
// expect: B
// expect: C
