// doc: modules.md § "All together"
// When both name.js and name.json exist, '.js' is tried before '.json'.
console.log(require('./fixtures/both'));
// expect: both.js
