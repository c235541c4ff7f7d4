// doc: fs.md § "fs.utimes(path, atime, mtime, callback)"
// utimes sets times given in seconds or as Dates.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-utimes-' + process.pid);
fs.writeFileSync(p, '');
fs.utimes(p, 1000, new Date(2000000), function (err) {
  var st = fs.statSync(p);
  console.log(err, st.atimeMs, st.mtimeMs);
  fs.unlinkSync(p);
});
// expect: null 1000000 2000000
