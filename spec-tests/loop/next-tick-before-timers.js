// doc: process.md § "process.nextTick(callback[, ...args])"
// nextTick callbacks run after the current operation, before timers and immediates.
var order = [];
setTimeout(function () { order.push('timeout'); }, 0);
setImmediate(function () { order.push('immediate'); });
process.nextTick(function () { order.push('tick'); });
order.push('main');
process.on('exit', function () { console.log(order.slice(0, 2).join(' '), order.length); });
// expect: main tick 4
