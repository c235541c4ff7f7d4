// doc: util.md § "util.inspect(object[, options])"
// Symbol keys print in brackets and accessors print as [Getter], [Setter] or [Getter/Setter].
var util = require('util');
var o = { get g() { return 1; }, set s(v) {}, get gs() { return 2; }, set gs(v) {} };
o[Symbol('key')] = 'value';
console.log(util.inspect(o));
console.log(util.inspect(o, { getters: true }));
// expect: {
// expect:   g: [Getter],
// expect:   s: [Setter],
// expect:   gs: [Getter/Setter],
// expect:   [Symbol(key)]: 'value'
// expect: }
// expect: {
// expect:   g: [Getter: 1],
// expect:   s: [Setter],
// expect:   gs: [Getter/Setter: 2],
// expect:   [Symbol(key)]: 'value'
// expect: }
