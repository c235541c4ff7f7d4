// doc: modules.md § "Loading from `node_modules` folders"
// The nearest node_modules wins: app/deep/node_modules/lib-a hides app/node_modules/lib-a.
console.log(require('./fixtures/app/deep/er/mod').a());
// expect: app/deep/node_modules/lib-a/index.js
