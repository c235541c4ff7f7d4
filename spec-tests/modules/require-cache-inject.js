// doc: modules.md § "`require.cache`"
// A Module placed in require.cache under a filename is returned by require without reading the file.
var file = require.resolve('./fixtures/add');
require.cache[file] = { id: file, filename: file, loaded: true, exports: 'injected' };
console.log(require('./fixtures/add'));
// expect: injected
