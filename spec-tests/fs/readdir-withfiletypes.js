// doc: fs.md § "fs.readdir(path[, options], callback)"
// withFileTypes gives Dirent objects that know their type.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-readdir-withfiletypes-' + process.pid);
fs.mkdirSync(p);
fs.mkdirSync(path.join(p, 'd'));
fs.writeFileSync(path.join(p, 'f'), '');
fs.readdir(p, { withFileTypes: true }, function (err, ents) {
  ents.sort(function (x, y) { return x.name < y.name ? -1 : 1; });
  ents.forEach(function (e) { console.log(e.name, e instanceof fs.Dirent, e.isDirectory(), e.isFile()); });
  fs.rmSync(p, { recursive: true });
});
// expect: d true true false
// expect: f true false true
