// doc: fs.md § "fs.createWriteStream(path[, options])"
// flags: 'a' appends to the file instead of truncating it.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-writestream-flags-append-' + process.pid);
fs.writeFileSync(p, 'head-');
var ws = fs.createWriteStream(p, { flags: 'a' });
ws.end('tail');
ws.on('close', function () { console.log(fs.readFileSync(p, 'utf8')); fs.unlinkSync(p); });
// expect: head-tail
