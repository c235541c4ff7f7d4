// doc: stream.md § "readable.pipe(destination[, options])"
// An error on the destination unpipes it from the source.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
var w = new stream.Writable({ write: function (c, e, cb) { cb(new Error('sink broke')); } });
w.on('error', function (e) { console.log('dest error', e.message); });
w.on('unpipe', function () { console.log('unpipe'); });
r.pipe(w);
r.push('x');
// expect: unpipe
// expect: dest error sink broke
