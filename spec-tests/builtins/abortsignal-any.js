// doc: globals.md § "Static method: `AbortSignal.any(signals)`"
// AbortSignal.any aborts when the first of its signals aborts, with that signal's reason.
var a = new AbortController();
var b = new AbortController();
var any = AbortSignal.any([a.signal, b.signal]);
any.addEventListener('abort', function () { console.log('any aborted: ' + any.reason); });
b.abort('b first');
a.abort('a second');
console.log(any.reason);
// expect: any aborted: b first
// expect: b first
