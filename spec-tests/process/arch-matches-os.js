// doc: os.md § "`os.arch()`"
// os.arch() returns the same architecture name as process.arch.
console.log(require('os').arch() === process.arch);
// expect: true
