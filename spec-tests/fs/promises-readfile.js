// doc: fs.md § "fsPromises.readFile(path[, options])"
// fs.promises.readFile resolves with the contents.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-promises-readfile-' + process.pid);
fs.writeFileSync(p, 'promised');
require('fs/promises').readFile(p, 'utf8').then(function (d) { console.log(d, fs.promises === require('fs/promises')); fs.unlinkSync(p); });
// expect: promised true
