// doc: stream.md § "readable.map(fn[, options])"
// map() returns a stream of fn's results, awaiting promises, in order.
var stream = require('stream');

stream.Readable.from([1, 2, 3]).map(function (x) { return Promise.resolve(x * 10); }).toArray()
  .then(function (a) { console.log(a.join(',')); });
// expect: 10,20,30
