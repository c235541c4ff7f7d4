// doc: language.md § "default and rest parameters"
// Defaults apply to undefined arguments and may use earlier parameters; rest collects the others.
function f(a, b = a * 2, ...more) { return [a, b, more.length].join(' '); }
console.log(f(1), f(1, undefined, 'x', 'y'), f(1, null));
console.log(((...all) => all.length)(1, 2, 3));
// expect: 1 2 0 1 2 2 1  0
// expect: 3
