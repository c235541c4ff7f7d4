// doc: ECMA-262 § "Array.prototype.toSorted ( comparefn )"
// toSorted, toReversed, toSpliced and with return changed copies and leave the original alone.
var a = [3, 1, 2];
console.log(a.toSorted().join(','), a.toReversed().join(','), a.toSpliced(1, 1, 'x', 'y').join(','), a.with(-1, 9).join(','));
console.log(a.join(','));
// expect: 1,2,3 2,1,3 3,x,y,2 3,1,9
// expect: 3,1,2
