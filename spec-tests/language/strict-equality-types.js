// doc: language.md § "property access"
// === compares numbers by value (NaN unequal to itself, 0 equal to -0, integers equal to the same
// double), strings by content, objects and symbols by identity, and never converts types.
var half = 0.5;
var sym = Symbol('k');
var o = {};
console.log(half * 2 === 1, 1 === 1.0, NaN === NaN, 0 === -0, 2 !== 2.5);
console.log('a' + 'b' === 'ab', 'ab' === 'ab '.trim(), '1' === 1, null === undefined, null !== undefined);
console.log(true === true, true === 1, o === o, {} === {}, sym === sym, Symbol('k') === sym);
console.log(undefined === void 0, [] !== [], function () {} === function () {});
// expect: true true false true true
// expect: true true false false true
// expect: true false true false true false
// expect: true true false
