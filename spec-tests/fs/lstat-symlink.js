// doc: fs.md § "fs.lstat(path[, options], callback)"
// lstat describes the link itself; stat follows it.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-lstat-symlink-' + process.pid);
fs.writeFileSync(p, 'x');
fs.symlinkSync(p, p + '.lnk');
fs.lstat(p + '.lnk', function (err, st) {
  console.log(st.isSymbolicLink(), fs.statSync(p + '.lnk').isSymbolicLink());
  fs.unlinkSync(p + '.lnk'); fs.unlinkSync(p);
});
// expect: true false
