// doc: stream.md § "readable.pipe(destination[, options])"
// pipe() delivers every chunk to the destination and ends it when the source ends.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
var got = [];
var w = new stream.Writable({ write: function (c, e, cb) { got.push(c.toString()); cb(); } });
w.on('finish', function () { console.log('finish', got.join('')); });
r.pipe(w);
r.push('a'); r.push('b'); r.push(null);
// expect: finish ab
