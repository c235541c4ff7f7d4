// doc: fs.md § "fs.stat(path[, options], callback)"
// stat of a file gives a Stats with isFile() true and its size.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-stat-file-' + process.pid);
fs.writeFileSync(p, '12345');
fs.stat(p, function (err, st) {
  console.log(err, st instanceof fs.Stats, st.isFile(), st.isDirectory(), st.size);
  fs.unlinkSync(p);
});
// expect: null true true false 5
