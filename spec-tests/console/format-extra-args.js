// doc: util.md § "`util.format(format[, ...args])`"
// Arguments beyond the specifiers are appended space-separated, strings raw and objects inspected.
console.log('%s:', 'a', 'b', 3, { c: [1] });
// expect: a: b 3 { c: [ 1 ] }
