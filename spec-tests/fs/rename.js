// doc: fs.md § "fs.rename(oldPath, newPath, callback)"
// rename moves a file.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-rename-' + process.pid);
fs.writeFileSync(p, 'data');
fs.rename(p, p + '.new', function (err) {
  console.log(err, fs.existsSync(p), fs.readFileSync(p + '.new', 'utf8'));
  fs.unlinkSync(p + '.new');
});
// expect: null false data
