// doc: language.md § "for...of"
// for...of walks arrays, strings, Map, Set and arguments.
const out = [];
for (const v of [1, 2]) out.push(v);
for (const ch of 'ab') out.push(ch);
for (const [k, v] of new Map([['m', 1]])) out.push(k + v);
for (const v of new Set(['s'])) out.push(v);
(function () { for (const a of arguments) out.push(a); })('arg');
console.log(out.join(' '));
// expect: 1 2 a b m1 s arg
