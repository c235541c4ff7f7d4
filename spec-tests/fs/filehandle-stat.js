// doc: fs.md § "filehandle.stat([options])"
// filehandle.stat describes the open file.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-filehandle-stat-' + process.pid);
fs.writeFileSync(p, 'four');
fs.promises.open(p).then(function (h) {
  return h.stat().then(function (st) { console.log(st.size, st.isFile()); return h.close(); });
}).then(function () { fs.unlinkSync(p); });
// expect: 4 true
