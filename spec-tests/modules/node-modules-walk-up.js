// doc: modules.md § "Loading from `node_modules` folders"
// A bare id is looked up in node_modules folders from the requiring file's directory up to the root.
var deep = require('./fixtures/walk/a/b/deep');
console.log(deep.walkmod);
// expect: walkmod
