// doc: util.md § "util.inspect(object[, options])"
// Functions print as [Function: name] or [Function (anonymous)], plus any own properties.
var util = require('util');
function named() {}
named.extra = 1;
console.log(util.inspect(function foo() {}));
console.log(util.inspect([function () {}]));
console.log(util.inspect(named));
// expect: [Function: foo]
// expect: [ [Function (anonymous)] ]
// expect: [Function: named] { extra: 1 }
