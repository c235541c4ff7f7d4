// doc: modules.md § "Built-in modules"
// The `node:` prefix loads the same built-in module object as the bare id.
var a = require('node:path');
var b = require('path');
console.log(a === b, a.basename('/x/y.js'));
// expect: true y.js
