// doc: util.md § "`util.format(format[, ...args])`"
// When the first argument is not a string, every argument is inspected and joined with spaces.
console.log(1, '%s', null, undefined, [2]);
// expect: 1 %s null undefined [ 2 ]
