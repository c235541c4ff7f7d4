// doc: timers.md § "setInterval(callback[, delay[, ...args]])"
// Intervals with the same delay keep their creation order on every repetition.
var out = [];
var ivs = [];
['a', 'b', 'c', 'd'].forEach(function (name) {
  ivs.push(setInterval(function () {
    out.push(name);
    if (out.length === 12) ivs.forEach(clearInterval);
  }, 5));
});
process.on('exit', function () { console.log(out.join('')); });
// expect: abcdabcdabcd
