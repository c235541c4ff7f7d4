// doc: ECMA-262 § "Array.prototype.flat ( [ depth ] )"
// flat flattens one level by default (or depth levels) and drops holes; flatMap maps then flattens once.
var nested = [1, [2, [3, [4]]], , 5];
console.log(JSON.stringify(nested.flat()));
console.log(JSON.stringify(nested.flat(Infinity)));
console.log(JSON.stringify([1, 2].flatMap(function (x) { return [x, [x * 2]]; })));
// expect: [1,2,[3,[4]],5]
// expect: [1,2,3,4,5]
// expect: [1,[2],2,[4]]
