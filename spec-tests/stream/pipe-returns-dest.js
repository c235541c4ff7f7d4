// doc: stream.md § "readable.pipe(destination[, options])"
// pipe() returns the destination, so calls chain.
var stream = require('stream');

var r = stream.Readable.from(['x', 'y']);
var p = new stream.PassThrough();
var out = '';
var w = new stream.Writable({ write: function (c, e, cb) { out += c; cb(); } });
console.log(r.pipe(p) === p);
p.pipe(w).on('finish', function () { console.log(out); });
// expect: true
// expect: xy
