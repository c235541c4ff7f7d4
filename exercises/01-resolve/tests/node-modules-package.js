// doc: modules.md § "All together"
// A package found in node_modules loads as a directory: its package.json "main".
console.log(require('./fixtures/app/uses-pkg'));
// expect: app/node_modules/lib-pkg/dist/lib-pkg.js
