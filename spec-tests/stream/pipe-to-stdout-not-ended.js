// doc: stream.md § "readable.pipe(destination[, options])"
// process.stdout is never ended by pipe(): output after the source ends still works.
var stream = require('stream');

var r = stream.Readable.from(['piped\n']);
r.pipe(process.stdout);
r.on('end', function () { setTimeout(function () { process.stdout.write('still open\n'); }, 5); });
// expect: piped
// expect: still open
