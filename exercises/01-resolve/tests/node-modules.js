// doc: modules.md § "Loading from `node_modules` folders"
// A bare name is looked up in the node_modules folder next to the requiring file.
console.log(require('./fixtures/app/main'));
// expect: app/node_modules/lib-a/index.js
