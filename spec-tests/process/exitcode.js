// doc: process.md § "`process.exitCode`"
// process.exitCode becomes the exit status when the process exits on its own.
process.exitCode = 4;
console.log('done');
// expect: done
// expect-exit: 4
