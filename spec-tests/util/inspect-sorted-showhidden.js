// doc: util.md § "util.inspect(object[, options])"
// sorted orders keys; showHidden adds non-enumerable properties.
var util = require('util');
console.log(util.inspect({ b: 1, c: 2, a: 3 }, { sorted: true }));
var o = { v: 1 };
Object.defineProperty(o, 'secret', { value: 2, enumerable: false });
console.log(util.inspect(o), util.inspect(o, { showHidden: true }));
console.log(util.inspect([1], true));
// expect: { a: 3, b: 1, c: 2 }
// expect: { v: 1 } { v: 1, [secret]: 2 }
// expect: [ 1, [length]: 1 ]
