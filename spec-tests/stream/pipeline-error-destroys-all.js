// doc: stream.md § "stream.pipeline(source[, ...transforms], destination, callback)"
// An error in any stage destroys every stream and reaches the callback once.
var stream = require('stream');

var src = new stream.Readable({ read: function () {} });
var mid = new stream.PassThrough();
var dst = new stream.Writable({ write: function (c, e, cb) { cb(new Error('write failed')); } });
var calls = 0;
stream.pipeline(src, mid, dst, function (err) {
  calls++;
  console.log('callback', err.message);
  setTimeout(function () { console.log(calls, src.destroyed, mid.destroyed, dst.destroyed); }, 5);
});
src.push('x');
// expect: callback write failed
// expect: 1 true true true
