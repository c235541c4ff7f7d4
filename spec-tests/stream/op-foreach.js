// doc: stream.md § "readable.forEach(fn[, options])"
// forEach() calls fn per value and resolves when the stream ends.
var stream = require('stream');

var seen = [];
stream.Readable.from(['a', 'b']).forEach(function (x) { seen.push(x); })
  .then(function (v) { console.log(v, seen.join('')); });
// expect: undefined ab
