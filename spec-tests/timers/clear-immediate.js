// doc: timers.md § "clearImmediate(immediate)"
// A cleared immediate never runs, even when cleared by an earlier immediate.
var b;
setImmediate(function () { console.log('a'); clearImmediate(b); });
b = setImmediate(function () { console.log('b'); });
var c = setImmediate(function () { console.log('c'); });
clearImmediate(c);
setImmediate(function () { console.log('d'); });
// expect: a
// expect: d
