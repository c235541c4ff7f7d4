// doc: fs.md § "fs.chown(path, uid, gid, callback)"
// chown to the file's own owner succeeds.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-chown-self-' + process.pid);
fs.writeFileSync(p, '');
var st = fs.statSync(p);
fs.chown(p, st.uid, st.gid, function (err) { console.log(err); fs.unlinkSync(p); });
// expect: null
