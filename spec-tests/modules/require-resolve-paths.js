// doc: modules.md § "`require.resolve(request[, options])`"
// The `paths` option makes resolution start from the given directories instead of the caller's.
var file = require.resolve('shadow', { paths: [__dirname + '/fixtures/walk/a/b'] });
console.log(file.slice(__dirname.length));
// expect: /fixtures/walk/a/node_modules/shadow/index.js
