// doc: globals.md § "Static method: `AbortSignal.timeout(delay)`"
// AbortSignal.timeout aborts after the delay with a TimeoutError, and does not keep the process alive.
var s = AbortSignal.timeout(5);
s.onabort = function () { console.log(s.reason.name + ' ' + s.reason.code); };
setTimeout(function () { console.log('aborted ' + s.aborted); }, 20);
AbortSignal.timeout(100000);
// expect: TimeoutError 23
// expect: aborted true
