// doc: process.md § "`process.hrtime([time])`"
// Passing a previous hrtime() result returns the elapsed time since then, as a normalized pair.
var start = process.hrtime();
var x = 0;
for (var i = 0; i < 100000; i++) x += i;
var d = process.hrtime(start);
var ns = d[0] * 1e9 + d[1];
console.log(d.length, d[1] >= 0 && d[1] < 1e9, ns > 0 && ns < 5e9);
// expect: 2 true true
