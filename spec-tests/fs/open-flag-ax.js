// doc: fs.md § "File system flags"
// 'ax' fails if the path exists.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-open-flag-ax-' + process.pid);
fs.writeFileSync(p, '');
try { fs.openSync(p, 'ax'); } catch (e) { console.log(e.code); }
fs.unlinkSync(p);
// expect: EEXIST
