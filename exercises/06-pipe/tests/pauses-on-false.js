// doc: stream.md § "readable.pipe(destination[, options])"
// When write() returns false the source is paused.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
var w = new stream.Writable({ highWaterMark: 3, write: function (c, e, cb) { setTimeout(cb, 20); } });
r.pipe(w);
r.push('abcd');
setTimeout(function () { console.log('paused', r.isPaused(), r.readableFlowing); process.exit(0); }, 5);
// expect: paused true false
