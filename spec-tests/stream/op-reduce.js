// doc: stream.md § "readable.reduce(fn[, initial[, options]])"
// reduce() folds the stream; without an initial value an empty stream rejects.
var stream = require('stream');

stream.Readable.from([1, 2, 3]).reduce(function (a, b) { return a + b; }, 10)
  .then(function (v) { console.log(v); return stream.Readable.from([]).reduce(function (a, b) { return a + b; }); })
  .catch(function (e) { console.log(e.code); });
// expect: 16
// expect: ERR_MISSING_ARGS
