// doc: timers.md § "setInterval(callback[, delay[, ...args]])"
// An interval repeats until cleared, passing its extra arguments each time.
var n = 0;
var iv = setInterval(function (tag) {
  n++;
  console.log(tag, n);
  if (n === 3) clearInterval(iv);
}, 2, 'tick');
// expect: tick 1
// expect: tick 2
// expect: tick 3
