// doc: stream.md § "readable.pipe(destination[, options])"
// process.stdout is never ended by pipe().
var stream = require('stream');

var r = stream.Readable.from(['one\n'], { objectMode: false });
r.pipe(process.stdout);
r.on('end', function () { setTimeout(function () { console.log('ended', process.stdout.writableEnded === true); }, 5); });
// expect: one
// expect: ended false
