// doc: process.md § "A note on process I/O"
// Output written just before process.exit() is not lost (stdout writes to files are synchronous).
for (var i = 0; i < 3; i++) process.stdout.write('line ' + i + '\n');
process.exit(0);
// expect: line 0
// expect: line 1
// expect: line 2
