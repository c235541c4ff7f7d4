// doc: fs.md § "fs.rmSync(path[, options])"
// rm removes a plain file.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-rm-file-' + process.pid);
fs.writeFileSync(p, '');
fs.rmSync(p);
console.log(fs.existsSync(p));
// expect: false
