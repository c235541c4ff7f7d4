// doc: timers.md § "setTimeout(callback[, delay[, ...args]])"
// The delay counts from the setTimeout call, even after a long synchronous stretch.
var busyUntil = Date.now() + 60;
while (Date.now() < busyUntil) { /* keep the loop from updating its clock */ }
var start = Date.now();
setTimeout(function () {
  console.log(Date.now() - start >= 49 ? 'not early' : 'early by ' + (50 - (Date.now() - start)) + ' ms');
}, 50);
// expect: not early
