// doc: console.md § "`console.countReset([label])`"
// console.countReset sets a label's count back to zero.
console.count('a');
console.count('a');
console.countReset('a');
console.count('a');
// expect: a: 1
// expect: a: 2
// expect: a: 1
