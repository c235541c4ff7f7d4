// doc: process.md § "Signal events"
// A signal listener does not keep the process alive on its own.
process.on('SIGUSR2', function () { console.log('never'); });
console.log('done');
// expect: done
