// doc: fs.md § "fs.writeFile(file, data[, options], callback)"
// The 'wx' flag fails with EEXIST when the file exists.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-writefile-flag-wx-' + process.pid);
fs.writeFileSync(p, 'a');
fs.writeFile(p, 'b', { flag: 'wx' }, function (err) {
  console.log(err.code, err.syscall, fs.readFileSync(p, 'utf8'));
  fs.unlinkSync(p);
});
// expect: EEXIST open a
