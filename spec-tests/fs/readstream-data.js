// doc: fs.md § "fs.createReadStream(path[, options])"
// A ReadStream emits 'open', 'ready', its data, 'end' and 'close', in that order.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-readstream-data-' + process.pid);
fs.writeFileSync(p, 'stream me');
var rs = fs.createReadStream(p);
var data = '';
rs.on('open', function (fd) { console.log('open', typeof fd); });
rs.on('ready', function () { console.log('ready'); });
rs.on('data', function (c) { data += c; });
rs.on('end', function () { console.log('end', data, rs.bytesRead); });
rs.on('close', function () { console.log('close'); fs.unlinkSync(p); });
// expect: open number
// expect: ready
// expect: end stream me 9
// expect: close
