// doc: fs.md § "readStream.pending"
// path is the path given, and pending is true until the file is open.
var fs = require('fs');
var path = require('path');
var os = require('os');
var rs = fs.createReadStream(__filename);
console.log(rs.path === __filename, rs.pending);
rs.on('ready', function () { console.log(rs.pending); rs.destroy(); });
// expect: true true
// expect: false
