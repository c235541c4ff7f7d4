// doc: fs.md § "fs.createWriteStream(path[, options])"
// A WriteStream writes its chunks in order and emits 'finish' then 'close'.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-writestream-basic-' + process.pid);
var ws = fs.createWriteStream(p);
ws.on('open', function () { console.log('open'); });
ws.write('a');
ws.write(Buffer.from('b'));
ws.end('c', function () { console.log('finish', ws.bytesWritten, fs.readFileSync(p, 'utf8')); });
ws.on('close', function () { console.log('close'); fs.unlinkSync(p); });
// expect: open
// expect: finish 3 abc
// expect: close
