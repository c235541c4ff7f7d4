// doc: process.md § "`process.exit([code])`"
// process.exit(code) ends the process at once with that status; later code does not run.
console.log('before');
process.exit(3);
console.log('after');
// expect: before
// expect-exit: 3
