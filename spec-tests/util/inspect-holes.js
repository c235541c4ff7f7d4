// doc: util.md § "util.inspect(object[, options])"
// Holes in arrays print as <N empty items>.
var util = require('util');
console.log(util.inspect([1, , , 4]));
console.log(util.inspect(new Array(3)));
// expect: [ 1, <2 empty items>, 4 ]
// expect: [ <3 empty items> ]
