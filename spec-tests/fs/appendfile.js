// doc: fs.md § "fs.appendFile(path, data[, options], callback)"
// appendFile adds to the end of the file, creating it if needed.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-appendfile-' + process.pid);
fs.appendFile(p, 'one ', function (err) {
  fs.appendFile(p, 'two', function (err) {
    console.log(fs.readFileSync(p, 'utf8'));
    fs.unlinkSync(p);
  });
});
// expect: one two
