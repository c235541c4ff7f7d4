// doc: process.md § "Exit codes"
// A fatal signal with no listener kills the process: exit status 128 + the signal number.
setTimeout(function () { console.log('never'); }, 1000);
process.kill(process.pid, 'SIGTERM');
// expect-exit: 143
