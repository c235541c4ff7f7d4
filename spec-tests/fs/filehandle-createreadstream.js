// doc: fs.md § "filehandle.createReadStream([options])"
// A FileHandle can be read as a stream.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-filehandle-createreadstream-' + process.pid);
fs.writeFileSync(p, 'handle stream');
fs.promises.open(p).then(function (h) {
  var out = '';
  h.createReadStream({ encoding: 'utf8' }).on('data', function (d) { out += d; })
    .on('close', function () { console.log(out); fs.unlinkSync(p); });
});
// expect: handle stream
