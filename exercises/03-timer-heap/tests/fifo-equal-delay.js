// doc: timers.md § "setTimeout(callback[, delay[, ...args]])"
// Timers with the same delay created in one go fire in creation order.
var out = [];
for (var i = 0; i < 20; i++) {
  (function (n) { setTimeout(function () { out.push(n); }, 5); })(i);
}
setTimeout(function () { console.log(out.join(',')); }, 50);
// expect: 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19
