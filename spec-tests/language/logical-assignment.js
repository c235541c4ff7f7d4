// doc: language.md § "logical assignment"
// ??=, ||= and &&= assign only when needed and evaluate the target once.
let a = null, b = 0, c = 1;
a ??= 'a'; b ||= 'b'; c &&= 'c';
console.log(a, b, c);
const o = { x: 5 };
let reads = 0;
const target = () => { reads++; return o; };
target().x ??= 99;
target().y ??= 7;
console.log(o.x, o.y, reads);
// expect: a b c
// expect: 5 7 2
