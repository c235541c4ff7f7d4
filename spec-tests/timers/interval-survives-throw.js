// doc: timers.md § "setInterval(callback[, delay[, ...args]])"
// An interval whose callback throws (and is caught by a handler) keeps repeating.
var n = 0;
process.on('uncaughtException', function (e) { console.log('caught', n); });
var iv = setInterval(function () {
  n++;
  if (n === 3) { clearInterval(iv); return; }
  throw new Error('x');
}, 2);
// expect: caught 1
// expect: caught 2
