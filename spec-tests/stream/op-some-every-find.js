// doc: stream.md § "readable.some(fn[, options])"
// some(), every() and find() answer like their Array counterparts.
var stream = require('stream');

var R = stream.Readable;
Promise.all([
  R.from([1, 5, 9]).some(function (x) { return x > 4; }),
  R.from([1, 5, 9]).every(function (x) { return x > 4; }),
  R.from([1, 5, 9]).find(function (x) { return x > 4; }),
  R.from([1]).find(function (x) { return x > 4; })
]).then(function (r) { console.log(r.map(String).join(' ')); });
// expect: true false 5 undefined
