// doc: fs.md § "fs.readFile(path[, options], callback)"
// A missing file gives ENOENT from open, with Node's message, errno, syscall and path.
var fs = require('fs');
var path = require('path');
var os = require('os');
fs.readFile('/nonexistent-minode/x', function (err) {
  console.log(err.message);
  console.log(err.code, err.errno, err.syscall, err.path);
  console.log(err instanceof Error);
});
// expect: ENOENT: no such file or directory, open '/nonexistent-minode/x'
// expect: ENOENT -2 open /nonexistent-minode/x
// expect: true
