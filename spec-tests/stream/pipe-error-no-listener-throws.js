// doc: stream.md § "readable.pipe(destination[, options])"
// A destination error with no 'error' listener is thrown as uncaught.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
var w = new stream.Writable({ write: function (c, e, cb) { cb(new Error('unhandled sink')); } });
r.pipe(w);
r.push('x');
// expect-exit: 1
// expect-stderr: /unhandled sink/
