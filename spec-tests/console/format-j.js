// doc: util.md § "`util.format(format[, ...args])`"
// %j prints JSON.stringify of its argument, and '[Circular]' for circular structures.
var o = { a: [1, 'x'] };
console.log('%j', o);
var c = {};
c.self = c;
console.log('%j', c);
// expect: {"a":[1,"x"]}
// expect: [Circular]
