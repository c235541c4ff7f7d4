// doc: util.md § "`util.format(format[, ...args])`"
// A specifier without a matching argument is printed as-is.
console.log('%s and %s and %d', 'x');
// expect: x and %s and %d
