// doc: ECMA-262 § "String.prototype.at ( index )"
// String at accepts negative indexes counted from the end.
console.log('abc'.at(-1), 'abc'.at(0), 'abc'.at(5));
// expect: c a undefined
