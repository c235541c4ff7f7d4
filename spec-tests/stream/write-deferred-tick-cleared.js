// doc: stream.md § "writable.write(chunk[, encoding][, callback])"
// Once the tick that delivers deferred write callbacks has run, a later write
// with no callback to a synchronous _write() settles at once again, with no
// tick of its own: 'finish' after end() comes after a tick queued before it.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
w.on('finish', function () { console.log('finish'); });
w.write('a', function () { console.log('cb a'); }); // deferred to a tick
w.write('b'); // no callback, while that tick is due
setTimeout(function () {
  w.write('c');
  process.nextTick(function () { console.log('tick'); });
  w.end();
  console.log('after end');
}, 1);
// expect: cb a
// expect: after end
// expect: tick
// expect: finish
