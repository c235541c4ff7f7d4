// doc: fs.md § "fs.mkdir(path[, options], callback)"
// With recursive, mkdir creates parents and returns the first directory it made.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-mkdir-recursive-' + process.pid);
fs.mkdir(path.join(p, 'a', 'b'), { recursive: true }, function (err, first) {
  console.log(err, first === p, fs.existsSync(path.join(p, 'a', 'b')));
  fs.mkdir(p, { recursive: true }, function (err, again) { console.log(err, again); fs.rmSync(p, { recursive: true }); });
});
// expect: null true true
// expect: null undefined
