// doc: process.md § "`process.memoryUsage.rss()`"
// memoryUsage.rss() returns the resident set size in bytes, a positive integer.
var r = process.memoryUsage.rss();
console.log(typeof r, r > 1024 * 1024, Math.floor(r) === r);
// expect: number true true
