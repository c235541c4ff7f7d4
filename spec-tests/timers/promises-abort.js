// doc: timers.md § "timersPromises.setTimeout([delay[, value[, options]]])"
// Aborting the signal rejects the promise with an AbortError and cancels the timer.
var ac = new AbortController();
require('timers/promises').setTimeout(1000, 'v', { signal: ac.signal }).then(
  function () { console.log('resolved'); },
  function (e) { console.log(e.name, e.code); });
setTimeout(function () { ac.abort(); }, 5);
// expect: AbortError ABORT_ERR
