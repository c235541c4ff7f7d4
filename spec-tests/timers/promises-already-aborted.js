// doc: timers.md § "timersPromises.setImmediate([value[, options]])"
// A signal that is already aborted rejects at once.
var ac = new AbortController();
ac.abort();
require('timers/promises').setImmediate('v', { signal: ac.signal }).catch(function (e) {
  console.log(e.name);
});
// expect: AbortError
