// doc: stream.md § "readable.pipe(destination[, options])"
// Destroying the destination unpipes it.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
w.on('unpipe', function () { console.log('unpipe'); });
r.pipe(w);
w.destroy();
setTimeout(function () { console.log('pipes', r.listenerCount('data')); }, 5);
// expect: unpipe
// expect: pipes 0
