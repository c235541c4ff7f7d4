// doc: process.md § "`process.stdin.fd`"
// process.stdin is a Readable on fd 0, and the same object on every access.
var stream = require('stream');
console.log(process.stdin.fd, process.stdin instanceof stream.Readable, process.stdin === process.stdin);
// expect: 0 true true
