// doc: stream.md § "Event: 'unpipe'"
// unpipe() makes the destination emit 'unpipe' and the source stop flowing.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
var w = new stream.Writable({ write: function (c, e, cb) { console.log('write', c.toString()); cb(); } });
w.on('unpipe', function (src) { console.log('unpipe', src === r); });
r.pipe(w);
r.push('a');
setTimeout(function () {
  r.unpipe(w);
  console.log('flowing', r.readableFlowing);
  r.push('b');
  setTimeout(function () { console.log('buffered', r.readableLength); }, 5);
}, 5);
// expect: write a
// expect: unpipe true
// expect: flowing false
// expect: buffered 1
