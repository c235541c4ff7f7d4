// doc: timers.md § "clearTimeout(timeout)"
// Clearing some timers does not reorder the others that share their delay.
var out = [];
var timers = [];
for (var i = 0; i < 10; i++) {
  (function (n) { timers.push(setTimeout(function () { out.push(n); }, 5)); })(i);
}
clearTimeout(timers[0]);
clearTimeout(timers[4]);
clearTimeout(timers[7]);
setTimeout(function () { console.log(out.join(',')); }, 50);
// expect: 1,2,3,5,6,8,9
