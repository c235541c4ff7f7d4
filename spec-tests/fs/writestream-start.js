// doc: fs.md § "fs.createWriteStream(path[, options])"
// start writes at a position; with flags 'r+' the rest of the file stays.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-writestream-start-' + process.pid);
fs.writeFileSync(p, 'aaaaaa');
var ws = fs.createWriteStream(p, { flags: 'r+', start: 2 });
ws.end('BB');
ws.on('close', function () { console.log(fs.readFileSync(p, 'utf8')); fs.unlinkSync(p); });
// expect: aaBBaa
