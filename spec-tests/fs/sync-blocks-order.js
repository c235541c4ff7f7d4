// doc: fs.md § "Synchronous API"
// Synchronous calls finish before the next statement runs.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-sync-blocks-order-' + process.pid);
fs.writeFileSync(p, 'one');
console.log(fs.readFileSync(p, 'utf8'));
fs.unlinkSync(p);
console.log(fs.existsSync(p));
// expect: one
// expect: false
