// doc: fs.md § "fs.writeFile(file, data[, options], callback)"
// The encoding option says how to turn the string into bytes.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-writefile-encoding-' + process.pid);
fs.writeFile(p, '68656c6c6f', 'hex', function (err) {
  console.log(fs.readFileSync(p, 'utf8'));
  fs.unlinkSync(p);
});
// expect: hello
