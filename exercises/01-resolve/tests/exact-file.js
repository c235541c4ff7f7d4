// doc: modules.md § "File modules"
// A relative path that names a file exactly loads that file.
console.log(require('./fixtures/plain.js'));
// expect: plain.js
