// doc: util.md § "util.inspect(object[, options])"
// console.log formats non-string arguments with util.inspect.
console.log({ a: 'x', b: [1, 2] }, 'plain', 3);
console.log('%s=%d', 'n', 5, { extra: true });
// expect: { a: 'x', b: [ 1, 2 ] } plain 3
// expect: n=5 { extra: true }
