// doc: globals.md § "Event: `'abort'`"
// A listener added with {once: true} or removed before the abort is not called; duplicates are ignored.
var ac = new AbortController();
var calls = 0;
function count() { calls++; }
function removed() { console.log('removed listener called'); }
ac.signal.addEventListener('abort', count);
ac.signal.addEventListener('abort', count);
ac.signal.addEventListener('abort', removed);
ac.signal.removeEventListener('abort', removed);
ac.abort();
console.log(calls);
// expect: 1
