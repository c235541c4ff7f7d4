// doc: fs.md § "fs.open(path[, flags[, mode]], callback)"
// open gives a numeric fd, and close releases it.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-open-close-' + process.pid);
fs.writeFileSync(p, 'x');
fs.open(p, 'r', function (err, fd) {
  console.log(err, typeof fd, fd > 2);
  fs.close(fd, function (err) { console.log('closed', err); fs.unlinkSync(p); });
});
// expect: null number true
// expect: closed null
