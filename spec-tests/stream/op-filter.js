// doc: stream.md § "readable.filter(fn[, options])"
// filter() keeps the values for which fn is truthy.
var stream = require('stream');

stream.Readable.from([1, 2, 3, 4]).filter(function (x) { return x % 2 === 0; }).toArray()
  .then(function (a) { console.log(a.join(',')); });
// expect: 2,4
