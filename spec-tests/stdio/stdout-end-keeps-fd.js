// doc: process.md § "A note on process I/O"
// process.stdout.end() finishes the stream but never closes fd 1.
var fs = require('fs');
process.stdout.on('finish', function () { fs.writeSync(1, 'finish, fd 1 still open\n'); });
process.stdout.end('last\n', function () { fs.writeSync(1, 'end callback\n'); });
// expect: last
// expect: end callback
// expect: finish, fd 1 still open
