// doc: process.md § "`process.memoryUsage()`"
// memoryUsage() returns rss, heapTotal, heapUsed, external and arrayBuffers, all numbers.
var m = process.memoryUsage();
var keys = ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers'];
console.log(keys.filter(function (k) { return typeof m[k] === 'number'; }).length, m.rss > 0);
// expect: 5 true
