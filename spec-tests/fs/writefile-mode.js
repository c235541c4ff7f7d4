// doc: fs.md § "fs.writeFile(file, data[, options], callback)"
// The mode option sets a new file's permissions (less the umask, which never masks owner bits in practice).
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-writefile-mode-' + process.pid);
fs.writeFile(p, 'x', { mode: 384 }, function () {
  console.log((fs.statSync(p).mode & 511).toString(8));
  fs.unlinkSync(p);
});
// expect: 600
