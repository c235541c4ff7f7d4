// doc: fs.md § "fs.truncate(path[, len], callback)"
// truncate shortens a file to len bytes (default 0).
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-truncate-' + process.pid);
fs.writeFileSync(p, 'abcdef');
fs.truncate(p, 2, function (err) {
  console.log(err, fs.readFileSync(p, 'utf8'));
  fs.truncateSync(p);
  console.log(fs.statSync(p).size);
  fs.unlinkSync(p);
});
// expect: null ab
// expect: 0
