// doc: ECMA-262 § "Array.prototype.at ( index )"
// at accepts negative indexes counted from the end; out of range gives undefined.
var a = ['a', 'b', 'c'];
console.log(a.at(0), a.at(-1), a.at(3), a.at(-4), a.at(1.7));
// expect: a c undefined undefined b
