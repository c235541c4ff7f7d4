// doc: modules.md § "Loading from `node_modules` folders"
// 'lib-a/extra' resolves extra relative to where the package lib-a is found.
console.log(require('./fixtures/app/uses-subpath'));
// expect: app/node_modules/lib-a/extra.js
