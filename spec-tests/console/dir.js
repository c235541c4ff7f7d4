// doc: console.md § "`console.dir(obj[, options])`"
// console.dir inspects its argument (strings are quoted) and honours the depth option.
console.dir('str');
console.dir({ a: { b: { c: 1 } } }, { depth: 0 });
// expect: 'str'
// expect: { a: [Object] }
