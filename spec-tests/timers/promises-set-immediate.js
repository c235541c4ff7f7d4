// doc: timers.md § "timersPromises.setImmediate([value[, options]])"
// timers/promises setImmediate resolves after pending timers phase work, with the value.
require('timers/promises').setImmediate(42).then(function (v) { console.log('value', v); });
process.nextTick(function () { console.log('tick'); });
// expect: tick
// expect: value 42
