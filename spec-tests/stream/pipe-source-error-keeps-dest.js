// doc: stream.md § "readable.pipe(destination[, options])"
// An error on the source unpipes but does not end or destroy the destination.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
r.pipe(w);
r.on('error', function (e) { console.log('source error', e.message); });
r.destroy(new Error('src failed'));
setTimeout(function () { console.log('dest', w.writableEnded, w.destroyed); }, 10);
// expect: source error src failed
// expect: dest false false
