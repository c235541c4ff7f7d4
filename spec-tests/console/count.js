// doc: console.md § "`console.count([label])`"
// console.count prints '<label>: <n>', counting per label, with 'default' as the default label.
console.count();
console.count('x');
console.count();
console.count('x');
// expect: default: 1
// expect: x: 1
// expect: default: 2
// expect: x: 2
