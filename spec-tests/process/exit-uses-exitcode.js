// doc: process.md § "`process.exit([code])`"
// process.exit() with no argument exits with process.exitCode if it was set.
process.exitCode = 5;
process.exit();
// expect-exit: 5
