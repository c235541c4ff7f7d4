// doc: modules.md § "Built-in modules"
// A built-in module is loaded by its bare id.
var path = require('path');
console.log(typeof path.join, path.join('a', 'b'));
// expect: function a/b
