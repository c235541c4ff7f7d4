// doc: timers.md § "timeout.refresh()"
// A refreshed timer is restarted: it fires after a timer of the same delay started before the refresh.
var a = setTimeout(function () { console.log('a'); }, 20);
setTimeout(function () { console.log('b'); }, 20);
a.refresh();
// expect: b
// expect: a
