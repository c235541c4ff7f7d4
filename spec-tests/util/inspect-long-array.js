// doc: util.md § "util.inspect(object[, options])"
// Arrays print at most maxArrayLength (100) items, then "... N more items".
var util = require('util');
var a = [];
for (var i = 0; i < 103; i++) a.push(i % 10);
console.log(util.inspect(a));
console.log(util.inspect([1, 2, 3, 4], { maxArrayLength: 2 }));
// expect: [
// expect:   0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1,
// expect:   2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3,
// expect:   4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5,
// expect:   6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7,
// expect:   8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
// expect:   0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1,
// expect:   2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3,
// expect:   4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5,
// expect:   6, 7, 8, 9,
// expect:   ... 3 more items
// expect: ]
// expect: [ 1, 2, ... 2 more items ]
