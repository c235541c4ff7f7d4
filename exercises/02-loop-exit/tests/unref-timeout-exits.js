// doc: timers.md § "timeout.unref()"
// An unref'ed timeout alone does not keep the process running: it exits at once.
// timeout: 3
setTimeout(function () { console.log('never'); }, 100000).unref();
process.on('exit', function () { console.log('exit'); });
console.log('main');
// expect: main
// expect: exit
