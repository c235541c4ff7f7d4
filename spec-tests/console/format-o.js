// doc: util.md § "`util.format(format[, ...args])`"
// %o inspects with showHidden, so an array also shows its hidden length property.
console.log('%o', { a: 1, b: 'x' });
console.log('%o', [1]);
// expect: { a: 1, b: 'x' }
// expect: [ 1, [length]: 1 ]
