// doc: fs.md § "fs.realpath(path[, options], callback)"
// realpath resolves symlinks and relative parts.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-realpath-' + process.pid);
fs.mkdirSync(p);
fs.symlinkSync(p, p + '.lnk');
fs.realpath(p + '.lnk/../' + path.basename(p) + '.lnk', function (err, r) {
  console.log(err, r === fs.realpathSync(p));
  fs.unlinkSync(p + '.lnk'); fs.rmdirSync(p);
});
// expect: null true
