// doc: fs.md § "fsPromises.writeFile(file, data[, options])"
// writeFile, mkdir, readdir and rm chain as promises.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-promises-writefile-mkdir-' + process.pid);
var fsp = fs.promises;
fsp.mkdir(path.join(p, 'x'), { recursive: true })
  .then(function () { return fsp.writeFile(path.join(p, 'x', 'f'), 'v'); })
  .then(function () { return fsp.readdir(path.join(p, 'x')); })
  .then(function (names) { console.log(names.join(',')); return fsp.rm(p, { recursive: true }); })
  .then(function () { console.log(fs.existsSync(p)); });
// expect: f
// expect: false
