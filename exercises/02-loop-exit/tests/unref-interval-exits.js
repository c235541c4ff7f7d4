// doc: timers.md § "timeout.unref()"
// An unref'ed interval alone does not keep the process running: it never fires.
// timeout: 3
var n = 0;
setInterval(function () { n++; }, 5).unref();
process.on('exit', function () { console.log('fired', n); });
// expect: fired 0
