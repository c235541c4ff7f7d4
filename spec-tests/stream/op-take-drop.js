// doc: stream.md § "readable.take(limit[, options])"
// take(n) keeps the first n values, drop(n) skips them.
var stream = require('stream');

var R = stream.Readable;
Promise.all([R.from([1, 2, 3, 4]).take(2).toArray(), R.from([1, 2, 3, 4]).drop(3).toArray()])
  .then(function (r) { console.log(r[0].join(','), r[1].join(',')); });
// expect: 1,2 4
