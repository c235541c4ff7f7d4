// doc: timers.md § "setImmediate(callback[, ...args])"
// An immediate queued from the check phase runs in the next iteration, before a timer
// scheduled at the same moment for later (a 0 ms timer could race a loaded machine, so 20 ms).
var out = [];
setTimeout(function () {
  out.push('T1');
  setImmediate(function () {
    out.push('I1');
    setTimeout(function () { out.push('T2'); console.log(out.join(' ')); }, 20);
    setImmediate(function () { out.push('I2'); });
  });
}, 1);
// expect: T1 I1 I2 T2
