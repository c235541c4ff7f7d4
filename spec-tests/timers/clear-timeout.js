// doc: timers.md § "clearTimeout(timeout)"
// A cleared timeout never runs.
var t = setTimeout(function () { console.log('never'); }, 5);
clearTimeout(t);
setTimeout(function () { console.log('done'); }, 20);
// expect: done
