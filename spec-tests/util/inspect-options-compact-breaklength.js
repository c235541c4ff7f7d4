// doc: util.md § "util.inspect(object[, options])"
// compact and breakLength control how entries are split over lines.
var util = require('util');
var o = { alpha: [1, 2, 3], beta: { gamma: 'delta' } };
console.log(util.inspect(o));
console.log(util.inspect(o, { compact: false }));
console.log(util.inspect(o, { breakLength: 20 }));
console.log(util.inspect(o, { compact: true, breakLength: 10 }));
// expect: { alpha: [ 1, 2, 3 ], beta: { gamma: 'delta' } }
// expect: {
// expect:   alpha: [
// expect:     1,
// expect:     2,
// expect:     3
// expect:   ],
// expect:   beta: {
// expect:     gamma: 'delta'
// expect:   }
// expect: }
// expect: {
// expect:   alpha: [
// expect:     1,
// expect:     2,
// expect:     3
// expect:   ],
// expect:   beta: {
// expect:     gamma: 'delta'
// expect:   }
// expect: }
// expect: { alpha:
// expect:    [ 1, 2, 3 ],
// expect:   beta:
// expect:    { gamma: 'delta' } }
