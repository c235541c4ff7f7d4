// doc: globals.md § "`abortController.abort([reason])`"
// abort() marks the signal aborted once, with a default AbortError reason, and dispatches 'abort' in order.
var ac = new AbortController();
var s = ac.signal;
s.addEventListener('abort', function (e) { console.log('listener ' + e.type + ' ' + (e.target === s)); });
s.onabort = function () { console.log('onabort'); };
console.log(s.aborted);
ac.abort();
ac.abort();
console.log(s.aborted, s.reason.name, s.reason.message, s.reason.code);
// expect: false
// expect: listener abort true
// expect: onabort
// expect: true AbortError This operation was aborted 20
