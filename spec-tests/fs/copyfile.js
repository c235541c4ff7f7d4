// doc: fs.md § "fs.copyFile(src, dest[, mode], callback)"
// copyFile copies the contents, overwriting dest by default.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-copyfile-' + process.pid);
fs.writeFileSync(p, 'source');
fs.writeFileSync(p + '.2', 'old');
fs.copyFile(p, p + '.2', function (err) {
  console.log(err, fs.readFileSync(p + '.2', 'utf8'));
  fs.unlinkSync(p); fs.unlinkSync(p + '.2');
});
// expect: null source
