// doc: util.md § "util.inspect(object[, options])"
// Nesting deeper than depth (default 2) prints as [Object] or [Array].
var util = require('util');
var deep = { a: { b: { c: { d: {} } } }, list: [[[[1]]]] };
console.log(util.inspect(deep));
console.log(util.inspect(deep, { depth: 0 }));
console.log(util.inspect(deep, { depth: null }));
// expect: { a: { b: { c: [Object] } }, list: [ [ [Array] ] ] }
// expect: { a: [Object], list: [Array] }
// expect: {
// expect:   a: { b: { c: { d: {} } } },
// expect:   list: [
// expect:     [ [ [ 1 ] ] ]
// expect:   ]
// expect: }
