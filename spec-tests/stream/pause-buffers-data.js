// doc: stream.md § "readable.pause()"
// After pause() no 'data' is emitted; data stays buffered until resume().
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
var got = [];
r.on('data', function (c) { got.push(c.toString()); });
r.pause();
r.push('a'); r.push('b');
setTimeout(function () {
  console.log('paused got', got.length, 'buffered', r.readableLength);
  r.resume();
  setTimeout(function () { console.log('resumed got', got.join(',')); }, 5);
}, 5);
// expect: paused got 0 buffered 2
// expect: resumed got a,b
