// doc: stream.md § "stream.Readable.from(iterable[, options])"
// Readable.from() accepts an async iterable.
var stream = require('stream');

var n = 0;
var it = { next: function () { return Promise.resolve(n < 3 ? { value: 'v' + n++, done: false } : { done: true }); } };
var src = {};
src[Symbol.asyncIterator] = function () { return it; };
var r = stream.Readable.from(src);
r.on('data', function (v) { console.log(v); });
r.on('end', function () { console.log('end'); });
// expect: v0
// expect: v1
// expect: v2
// expect: end
