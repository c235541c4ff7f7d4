// doc: timers.md § "timeout.unref()"
// The process lives as long as its ref'ed timers; an unref'ed later one never fires.
// timeout: 3
setTimeout(function () { console.log('never'); }, 100000).unref();
setTimeout(function () { console.log('refed'); }, 10);
process.on('exit', function () { console.log('exit'); });
// expect: refed
// expect: exit
