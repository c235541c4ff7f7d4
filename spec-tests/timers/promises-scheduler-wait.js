// doc: timers.md § "timersPromises.scheduler.wait(delay[, options])"
// scheduler.wait(delay) resolves (with undefined) after the delay.
require('timers/promises').scheduler.wait(5).then(function (v) { console.log('waited', v); });
// expect: waited undefined
