// doc: fs.md § "filehandle.readFile(options)"
// filehandle.readFile reads the whole file.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-filehandle-readfile-' + process.pid);
fs.writeFileSync(p, 'whole');
fs.promises.open(p).then(function (h) {
  return h.readFile('utf8').then(function (d) { console.log(d); return h.close(); });
}).then(function () { fs.unlinkSync(p); });
// expect: whole
