// doc: util.md § "`util.format(format[, ...args])`"
// %d converts to a number (NaN for objects); %i converts to an integer by truncation.
console.log('%d %d %d', '42', 1.5, {});
console.log('%i %i', 42.9, '-7.2');
// expect: 42 1.5 NaN
// expect: 42 -7
