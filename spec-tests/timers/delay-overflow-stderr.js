// doc: timers.md § "setTimeout(callback[, delay[, ...args]])"
// Without a 'warning' listener the overflow warning is printed to stderr.
setTimeout(function () { console.log('fired'); }, 1e12);
// expect: fired
// expect-stderr: /TimeoutOverflowWarning: 1000000000000 does not fit into a 32-bit signed integer/
