// doc: process.md § "Event: `'exit'`"
// The 'exit' event fires after the script ends, with the exit code as its argument.
process.on('exit', function (code) { console.log('exit', code, process.exitCode); });
process.exitCode = 6;
console.log('end of script');
// expect: end of script
// expect: exit 6 6
// expect-exit: 6
