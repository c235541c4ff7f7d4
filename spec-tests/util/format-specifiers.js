// doc: util.md § "util.format(format[, ...args])"
// Each format specifier converts its argument as documented.
var util = require('util');
console.log(util.format('%s|%d|%i|%f', 'str', 42.5, 42.5, '1.25'));
console.log(util.format('%j', { a: [1, 'b'] }));
console.log(util.format('%o', [1]));
console.log(util.format('%O', { a: { b: { c: {} } } }));
console.log(util.format('%c[%s]', 'color: red', 'x'));
console.log(util.format('100%% of %s', 'it'));
// expect: str|42.5|42|1.25
// expect: {"a":[1,"b"]}
// expect: [ 1, [length]: 1 ]
// expect: { a: { b: { c: {} } } }
// expect: [x]
// expect: 100% of it
