// doc: timers.md § "setImmediate(callback[, ...args])"
// Timers and immediates scheduled from each other alternate phase by phase.
var out = [];
setTimeout(function () {
  out.push('T1');
  setImmediate(function () {
    out.push('I1');
    setTimeout(function () { out.push('T2'); console.log(out.join(' ')); }, 0);
    setImmediate(function () { out.push('I2'); });
  });
}, 1);
// expect: T1 I1 I2 T2
