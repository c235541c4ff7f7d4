// doc: stream.md § "readable.pipe(destination[, options])"
// An error on the source does not end the destination.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
r.on('error', function () {});
r.pipe(w);
r.destroy(new Error('x'));
setTimeout(function () { console.log('dest ended', w.writableEnded); }, 10);
// expect: dest ended false
