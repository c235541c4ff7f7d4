// doc: fs.md § "fs.fstat(fd[, options], callback)"
// fstat describes an open file.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-fstat-' + process.pid);
fs.writeFileSync(p, 'abc');
var fd = fs.openSync(p, 'r');
fs.fstat(fd, function (err, st) { console.log(err, st.size, st.isFile(), fs.fstatSync(fd).size); fs.closeSync(fd); fs.unlinkSync(p); });
// expect: null 3 true 3
