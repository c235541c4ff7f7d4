// doc: fs.md § "fs.readdir(path[, options], callback)"
// readdir lists names, without . and ..
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-readdir-names-' + process.pid);
fs.mkdirSync(p);
fs.writeFileSync(path.join(p, 'b'), '');
fs.writeFileSync(path.join(p, 'a'), '');
fs.readdir(p, function (err, names) { console.log(err, names.sort().join(',')); fs.rmSync(p, { recursive: true }); });
// expect: null a,b
