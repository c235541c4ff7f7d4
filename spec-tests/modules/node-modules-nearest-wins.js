// doc: modules.md § "Loading from `node_modules` folders"
// The nearest node_modules folder that holds the module wins over ones further up.
var deep = require('./fixtures/walk/a/b/deep');
console.log(deep.shadow);
// expect: near shadow
