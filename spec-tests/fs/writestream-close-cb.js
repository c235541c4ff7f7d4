// doc: fs.md § "writeStream.close([callback])"
// close(cb) ends the stream and calls cb once it is closed.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-writestream-close-cb-' + process.pid);
var ws = fs.createWriteStream(p);
ws.write('x');
ws.close(function () { console.log('closed', fs.readFileSync(p, 'utf8')); fs.unlinkSync(p); });
// expect: closed x
