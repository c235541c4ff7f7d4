// doc: stream.md § "readable.pipe(destination[, options])"
// When the destination's write() returns false the source pauses until 'drain'.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
var w = new stream.Writable({ highWaterMark: 2, write: function (c, e, cb) { setTimeout(cb, 5); } });
r.pipe(w);
r.push('abc');
setTimeout(function () {
  console.log('paused', r.isPaused(), 'needDrain', w.writableNeedDrain);
}, 1);
w.on('drain', function () {
  process.nextTick(function () { console.log('after drain flowing', r.readableFlowing); });
});
// expect: paused true needDrain true
// expect: after drain flowing true
