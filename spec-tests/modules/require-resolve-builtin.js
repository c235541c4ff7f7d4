// doc: modules.md § "`require.resolve(request[, options])`"
// require.resolve of a built-in id returns the id itself.
console.log(require.resolve('path'), require.resolve('node:path'));
// expect: path node:path
