// doc: globals.md § "queueMicrotask(callback)"
// Microtasks queued by the main script run before any timer or immediate.
var order = [];
setTimeout(function () { order.push('timeout'); }, 0);
setImmediate(function () { order.push('immediate'); });
Promise.resolve().then(function () { order.push('micro'); });
process.on('exit', function () { console.log(order[0], order.length); });
// expect: micro 3
