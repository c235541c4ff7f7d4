// doc: stream.md § "readable.unpipe([destination])"
// unpipe() with no argument detaches every destination.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
function sink(name) {
  var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  w.on('unpipe', function () { console.log('unpipe', name); });
  return w;
}
r.pipe(sink('a')); r.pipe(sink('b'));
r.unpipe();
console.log(r.readableFlowing);
// expect: unpipe a
// expect: unpipe b
// expect: false
