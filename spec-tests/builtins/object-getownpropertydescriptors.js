// doc: ECMA-262 § "Object.getOwnPropertyDescriptors ( O )"
// getOwnPropertyDescriptors returns every own property's descriptor, accessors and symbols included.
var sym = Symbol('s');
var o = { a: 1 };
o[sym] = 2;
Object.defineProperty(o, 'g', { get: function () { return 3; }, enumerable: false });
var d = Object.getOwnPropertyDescriptors(o);
console.log(d.a.value, d.a.writable, typeof d.g.get, d.g.enumerable, d[sym].value);
// expect: 1 true function false 2
