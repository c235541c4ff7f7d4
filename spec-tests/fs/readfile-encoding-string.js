// doc: fs.md § "fs.readFile(path[, options], callback)"
// An encoding given as a string makes readFile decode the data.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-readfile-encoding-string-' + process.pid);
fs.writeFileSync(p, 'h\u00e9llo');
fs.readFile(p, 'utf8', function (err, data) { console.log(typeof data, data); fs.unlinkSync(p); });
// expect: string héllo
