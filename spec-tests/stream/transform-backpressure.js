// doc: stream.md § "Class: stream.Transform"
// A Transform nobody reads from stops calling _transform once its readable side is full.
var stream = require('stream');

var calls = 0;
var t = new stream.Transform({
  highWaterMark: 2,
  transform: function (c, e, cb) { calls++; cb(null, c); }
});
for (var i = 0; i < 10; i++) t.write('x');
setTimeout(function () {
  console.log('transformed', calls, 'of 10; readable', t.readableLength);
  t.resume();
  setTimeout(function () { console.log('after resume', calls); }, 10);
}, 10);
// expect: transformed 2 of 10; readable 2
// expect: after resume 10
