// doc: os.md § "os.availableParallelism()"
// availableParallelism() is a positive integer no larger than the number of CPUs.
var os = require('os');
var n = os.availableParallelism();
console.log(Number.isInteger(n), n >= 1, n <= os.cpus().length);
// expect: true true true
