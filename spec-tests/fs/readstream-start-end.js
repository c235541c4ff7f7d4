// doc: fs.md § "fs.createReadStream(path[, options])"
// start and end select an inclusive byte range.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-readstream-start-end-' + process.pid);
fs.writeFileSync(p, '0123456789');
var out = '';
fs.createReadStream(p, { start: 2, end: 5, encoding: 'utf8' })
  .on('data', function (c) { out += c; })
  .on('end', function () { console.log(out); fs.unlinkSync(p); });
// expect: 2345
