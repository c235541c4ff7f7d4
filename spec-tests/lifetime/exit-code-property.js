// doc: process.md § "process.exitCode"
// process.exitCode becomes the exit status when the process ends normally.
setTimeout(function () { process.exitCode = 9; }, 1);
process.on('exit', function (c) { console.log('exit', c); });
// expect: exit 9
// expect-exit: 9
