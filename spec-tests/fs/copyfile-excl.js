// doc: fs.md § "File copy constants"
// COPYFILE_EXCL makes copyFile fail if dest exists.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-copyfile-excl-' + process.pid);
fs.writeFileSync(p, 'a');
fs.writeFileSync(p + '.2', 'b');
try { fs.copyFileSync(p, p + '.2', fs.constants.COPYFILE_EXCL); } catch (e) { console.log(e.code, e.syscall); }
fs.unlinkSync(p); fs.unlinkSync(p + '.2');
// expect: EEXIST copyfile
