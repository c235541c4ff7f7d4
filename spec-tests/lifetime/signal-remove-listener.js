// doc: process.md § "Signal events"
// Removing the last listener restores the default action (here: termination).
function onSig() { console.log('never'); }
process.on('SIGUSR1', onSig);
process.removeListener('SIGUSR1', onSig);
setTimeout(function () { console.log('never'); }, 1000);
process.kill(process.pid, 'SIGUSR1');
// expect-exit: 138
