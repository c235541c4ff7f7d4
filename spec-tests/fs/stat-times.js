// doc: fs.md § "Stat time values"
// The *Ms fields are numbers and atime/mtime/ctime/birthtime are the same instants as Dates.
var fs = require('fs');
var path = require('path');
var os = require('os');
var st = fs.statSync(__filename);
console.log(typeof st.mtimeMs, st.mtime instanceof Date, Math.abs(st.mtime.getTime() - st.mtimeMs) < 1);
console.log(st.atime instanceof Date, st.ctime instanceof Date, st.birthtime instanceof Date);
// expect: number true true
// expect: true true true
