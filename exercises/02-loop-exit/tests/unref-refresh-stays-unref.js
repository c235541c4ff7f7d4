// doc: timers.md § "timeout.refresh()"
// refresh() re-arms a timer without changing whether it is ref'ed.
// timeout: 3
var t = setTimeout(function () { console.log('never'); }, 100000);
t.unref();
t.refresh();
console.log(t.hasRef());
// expect: false
