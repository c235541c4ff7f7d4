// doc: stream.md § "writable.cork()"
// While corked, writes are buffered; uncork() flushes them through _writev in one call.
var stream = require('stream');

var w = new stream.Writable({
  write: function (c, e, cb) { console.log('write', c.toString()); cb(); },
  writev: function (chunks, cb) { console.log('writev', chunks.map(function (x) { return x.chunk.toString(); }).join('+')); cb(); }
});
w.cork();
w.write('a'); w.write('b'); w.write('c');
console.log('corked', w.writableCorked, w.writableLength);
process.nextTick(function () { w.uncork(); });
// expect: corked 1 3
// expect: writev a+b+c
