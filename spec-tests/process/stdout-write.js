// doc: process.md § "`process.stdout`"
// process.stdout.write writes text as-is (no newline added) and returns true; its fd is 1.
var r = process.stdout.write('a');
process.stdout.write('b\n');
console.log(r, process.stdout.fd);
// expect: ab
// expect: true 1
