// doc: util.md § "util.inspect(object[, options])"
// Objects made by a constructor are prefixed with its name; null-prototype objects say so.
var util = require('util');
function Point(x, y) { this.x = x; this.y = y; }
console.log(util.inspect(new Point(1, 2)));
var bare = Object.create(null);
bare.k = 'v';
console.log(util.inspect(bare));
// expect: Point { x: 1, y: 2 }
// expect: [Object: null prototype] { k: 'v' }
