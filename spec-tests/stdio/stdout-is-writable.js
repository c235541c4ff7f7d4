// doc: process.md § "`process.stdout`"
// process.stdout and process.stderr are stream.Writable instances on fds 1 and 2.
var stream = require('stream');
console.log(process.stdout instanceof stream.Writable, process.stdout.fd, process.stdout.writable);
console.log(process.stderr instanceof stream.Writable, process.stderr.fd, process.stderr.writable);
// expect: true 1 true
// expect: true 2 true
