// doc: ECMA-262 § "Array.prototype.copyWithin ( target, start [ , end ] )"
// fill writes one value over a range; copyWithin copies a range inside the array, overlapping safely.
console.log([1, 2, 3, 4].fill(0, 1, 3).join(','));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3).join(','));
console.log([1, 2, 3, 4, 5].copyWithin(1, 0, 3).join(','));
console.log([1, 2, 3, 4, 5].copyWithin(-2, -3, -1).join(','));
// expect: 1,0,0,4
// expect: 4,5,3,4,5
// expect: 1,1,2,3,5
// expect: 1,2,3,3,4
