// doc: util.md § "`util.format(format[, ...args])`"
// %f converts its argument to a floating-point number.
console.log('%f %f', '1.5', 'abc');
// expect: 1.5 NaN
