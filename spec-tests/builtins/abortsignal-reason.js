// doc: globals.md § "`abortSignal.throwIfAborted()`"
// A given reason is kept as is, and throwIfAborted throws it once aborted.
var ac = new AbortController();
ac.signal.throwIfAborted();
console.log('not thrown');
var reason = new Error('stop');
ac.abort(reason);
try { ac.signal.throwIfAborted(); } catch (e) { console.log(e === reason); }
// expect: not thrown
// expect: true
