// doc: timers.md § "timersPromises.setTimeout([delay[, value[, options]]])"
// timers/promises setTimeout resolves with the given value after the delay.
var tp = require('timers/promises');
tp.setTimeout(5, 'hello').then(function (v) { console.log(v); });
console.log('sync');
// expect: sync
// expect: hello
