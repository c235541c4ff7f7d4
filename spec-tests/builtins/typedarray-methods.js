// doc: ECMA-262 § "Properties of the %TypedArray% Intrinsic Object"
// Typed arrays have the array methods; map/slice/filter keep the type and sort is numeric.
var u = new Uint8Array([10, 2, 33, 4]);
var doubled = u.map(function (x) { return x * 2; });
console.log(doubled instanceof Uint8Array, doubled.join(','));
console.log(u.slice(1, 3).join(','), u.includes(33), u.indexOf(4), u.at(-1));
console.log(new Float64Array([3, -1, 20, NaN, 1]).sort().join(','));
console.log(new Int16Array(4).fill(7, 1).join(','), u.filter(function (x) { return x > 5; }).length);
console.log(String(new Uint8Array([1, 2])));
// expect: true 20,4,66,8
// expect: 2,33 true 3 4
// expect: -1,1,3,20,NaN
// expect: 0,7,7,7 2
// expect: 1,2
