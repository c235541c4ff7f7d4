// doc: process.md § "`process.stderr`"
// process.stderr.write goes to file descriptor 2, not stdout.
var r = process.stderr.write('to stderr\n');
console.log(r, process.stderr.fd);
// expect: true 2
// expect-stderr: /^to stderr$/
