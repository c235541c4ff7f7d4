// doc: fs.md § "fs.readFile(path[, options], callback)"
// The encoding option works inside an options object.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-readfile-encoding-option-' + process.pid);
fs.writeFileSync(p, 'hi');
fs.readFile(p, { encoding: 'hex' }, function (err, data) { console.log(data); fs.unlinkSync(p); });
// expect: 6869
