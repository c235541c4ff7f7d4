// doc: modules.md § "Loading from `node_modules` folders"
// If not found there, the lookup moves to each parent's node_modules in turn.
console.log(require('./fixtures/app/deep/er/mod').b());
// expect: app/node_modules/lib-b.js
