// doc: stream.md § "stream.Readable.from(iterable[, options])"
// Readable.from() pulls from a generator lazily, one value per read.
var stream = require('stream');

var pulled = 0;
var it = { i: 0, next: function () { pulled++; return this.i < 5 ? { value: this.i++, done: false } : { done: true }; } };
it[Symbol.iterator] = function () { return this; };
var r = stream.Readable.from(it);
setTimeout(function () {
  console.log('pulled before reading', pulled);
  r.on('data', function () {});
  r.on('end', function () { console.log('pulled', pulled); });
}, 5);
// expect: pulled before reading 0
// expect: pulled 6
