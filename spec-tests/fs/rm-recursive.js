// doc: fs.md § "fs.rm(path[, options], callback)"
// rm with recursive removes a whole tree.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-rm-recursive-' + process.pid);
fs.mkdirSync(path.join(p, 'a', 'b'), { recursive: true });
fs.writeFileSync(path.join(p, 'a', 'b', 'f'), 'x');
fs.rm(p, { recursive: true }, function (err) { console.log(err, fs.existsSync(p)); });
// expect: null false
