// doc: stream.md § "readable.unpipe([destination])"
// After unpipe(dest) no more data reaches dest and the source stops flowing.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
var n = 0;
var w = new stream.Writable({ write: function (c, e, cb) { n++; cb(); } });
r.pipe(w);
r.push('a');
setTimeout(function () {
  r.unpipe(w);
  r.push('b');
  setTimeout(function () { console.log('writes', n, 'flowing', r.readableFlowing, 'listeners', r.listenerCount('data')); }, 5);
}, 5);
// expect: writes 1 flowing false listeners 0
