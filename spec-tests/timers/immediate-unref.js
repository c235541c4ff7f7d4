// doc: timers.md § "immediate.unref()"
// An unref'ed immediate alone does not keep the event loop running.
var i = setImmediate(function () { console.log('never'); });
console.log(i.unref() === i, i.hasRef());
// expect: true false
