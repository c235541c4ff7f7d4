// doc: fs.md § "stats.isDirectory()"
// A directory's Stats says isDirectory().
var fs = require('fs');
var path = require('path');
var os = require('os');
var st = fs.statSync(os.tmpdir());
console.log(st.isDirectory(), st.isFile(), st.isSymbolicLink());
// expect: true false false
