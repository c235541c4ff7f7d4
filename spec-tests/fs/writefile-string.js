// doc: fs.md § "fs.writeFile(file, data[, options], callback)"
// writeFile writes a string as UTF-8 and replaces the old contents.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-writefile-string-' + process.pid);
fs.writeFileSync(p, 'old contents that are long');
fs.writeFile(p, 'new \u00e9', function (err) {
  console.log(err, fs.readFileSync(p, 'utf8'), fs.statSync(p).size);
  fs.unlinkSync(p);
});
// expect: null new é 6
