// doc: stream.md § "readable.pipe(destination[, options])"
// With { end: false } the destination is not ended when the source ends.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
var r = stream.Readable.from(['a'], { objectMode: false });
r.pipe(w, { end: false });
r.on('end', function () { setTimeout(function () { console.log('ended', w.writableEnded); }, 5); });
// expect: ended false
