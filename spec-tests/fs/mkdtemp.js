// doc: fs.md § "fs.mkdtemp(prefix[, options], callback)"
// mkdtemp appends six random characters to the prefix and creates the directory.
var fs = require('fs');
var path = require('path');
var os = require('os');
fs.mkdtemp(path.join(os.tmpdir(), 'minode-'), function (err, dir) {
  console.log(err, path.basename(dir).length, fs.statSync(dir).isDirectory());
  fs.rmdirSync(dir);
});
// expect: null 13 true
