// doc: util.md § "`util.format(format[, ...args])`"
// %s prints strings raw, numbers (including -0) as numbers, and objects inspected at depth 0.
console.log('[%s] [%s] [%s] [%s]', 'str', 42, -0, { a: { b: 1 } });
// expect: [str] [42] [-0] [{ a: [Object] }]
