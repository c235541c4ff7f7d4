// doc: timers.md § "clearTimeout(timeout)"
// Of many timers, the ones left after clearing fire in deadline order, then the process exits.
var out = [];
var timers = [];
for (var i = 0; i < 100; i++) {
  (function (n) { timers.push(setTimeout(function () { out.push(n); }, 1 + (n % 5))); })(i);
}
for (var j = 0; j < 100; j++) if (j % 10 !== 3) clearTimeout(timers[j]);
process.on('exit', function () { console.log(out.join(',')); });
// expect: 3,13,23,33,43,53,63,73,83,93
