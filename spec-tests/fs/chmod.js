// doc: fs.md § "fs.chmod(path, mode, callback)"
// chmod changes the permission bits; an octal string works too.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-chmod-' + process.pid);
fs.writeFileSync(p, '');
fs.chmod(p, 416, function (err) {
  console.log(err, (fs.statSync(p).mode & 511).toString(8));
  fs.chmodSync(p, '755');
  console.log((fs.statSync(p).mode & 511).toString(8));
  fs.unlinkSync(p);
});
// expect: null 640
// expect: 755
