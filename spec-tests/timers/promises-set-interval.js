// doc: timers.md § "timersPromises.setInterval([delay[, value[, options]]])"
// setInterval returns an async iterator yielding the value once per interval.
var it = require('timers/promises').setInterval(5, 'tick');
var n = 0;
function step() {
  it.next().then(function (r) {
    n++;
    console.log(r.value, r.done, n);
    if (n < 3) step();
    else it.return().then(function (r) { console.log('return', r.done); });
  });
}
step();
// expect: tick false 1
// expect: tick false 2
// expect: tick false 3
// expect: return true
