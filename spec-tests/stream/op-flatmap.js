// doc: stream.md § "readable.flatMap(fn[, options])"
// flatMap() flattens the iterables fn returns.
var stream = require('stream');

stream.Readable.from([1, 2]).flatMap(function (x) { return [x, x * 10]; }).toArray()
  .then(function (a) { console.log(a.join(',')); });
// expect: 1,10,2,20
