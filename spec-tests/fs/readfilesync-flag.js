// doc: fs.md § "fs.readFileSync(path[, options])"
// The flag option is used to open the file ('a+' creates it).
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-readfilesync-flag-' + process.pid);
console.log(JSON.stringify(fs.readFileSync(p, { flag: 'a+', encoding: 'utf8' })));
console.log(fs.existsSync(p));
fs.unlinkSync(p);
// expect: ""
// expect: true
