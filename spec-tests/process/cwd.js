// doc: process.md § "`process.cwd()`"
// process.cwd() returns the absolute working directory the process was started in.
console.log(process.cwd() === __dirname);
// (the runner starts each test in the test's own directory)
// expect: true
