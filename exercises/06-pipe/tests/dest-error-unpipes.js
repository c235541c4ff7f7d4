// doc: stream.md § "readable.pipe(destination[, options])"
// An error on the destination unpipes it and still reaches its own 'error' listener.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
var w = new stream.Writable({ write: function (c, e, cb) { cb(new Error('full')); } });
w.on('unpipe', function () { console.log('unpipe'); });
w.on('error', function (e) { console.log('error', e.message); });
r.pipe(w);
r.push('x');
// expect: unpipe
// expect: error full
