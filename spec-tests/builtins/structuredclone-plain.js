// doc: globals.md § "`structuredClone(value[, options])`"
// structuredClone deep-copies plain data, keeping cycles, Dates, Maps and Sets.
var src = { n: 1, list: [1, { deep: true }], when: new Date(0), m: new Map([['k', 'v']]), s: new Set([1]) };
src.self = src;
var copy = structuredClone(src);
console.log(copy !== src, copy.list[1] !== src.list[1], copy.list[1].deep);
console.log(copy.self === copy, copy.when.getTime(), copy.when instanceof Date);
console.log(copy.m.get('k'), copy.m !== src.m, copy.s.has(1));
// expect: true true true
// expect: true 0 true
// expect: v true true
