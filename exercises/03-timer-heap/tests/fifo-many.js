// doc: timers.md § "setTimeout(callback[, delay[, ...args]])"
// Two hundred timers with the same delay, created in one go, fire in creation order.
var out = [];
for (var i = 0; i < 200; i++) {
  (function (n) { setTimeout(function () { out.push(n); }, 5); })(i);
}
setTimeout(function () {
  var inOrder = out.length === 200;
  for (var j = 0; j < out.length; j++) if (out[j] !== j) inOrder = false;
  console.log(out.length, inOrder ? 'in order' : 'out of order: ' + out.slice(0, 8).join(','));
}, 50);
// expect: 200 in order
