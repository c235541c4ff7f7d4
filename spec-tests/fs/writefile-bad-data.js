// doc: fs.md § "fs.writeFile(file, data[, options], callback)"
// Data that is not a string or a buffer throws ERR_INVALID_ARG_TYPE.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-writefile-bad-data-' + process.pid);
try { fs.writeFile(p, 42, function () {}); } catch (e) { console.log(e.code); }
console.log(fs.existsSync(p));
// expect: ERR_INVALID_ARG_TYPE
// expect: false
