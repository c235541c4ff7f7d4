// doc: util.md § "`util.format(format[, ...args])`"
// %O inspects without hidden properties at the default depth of 2.
console.log('%O', { a: { b: { c: { d: 1 } } } });
console.log('%O', [1]);
// expect: { a: { b: { c: [Object] } } }
// expect: [ 1 ]
