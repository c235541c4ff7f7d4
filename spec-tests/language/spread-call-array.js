// doc: language.md § "spread"
// Spread expands any iterable into call arguments and array literals.
const nums = [3, 1, 2];
console.log(Math.max(...nums), [0, ...nums, 4].join(','));
console.log([...'abc'].join('-'), [...new Set([1, 1, 2])].join(','));
function* g() { yield 'a'; yield 'b'; }
console.log([...g()].join(''), String.prototype.concat.call('', ...g()));
// expect: 3 0,3,1,2,4
// expect: a-b-c 1,2
// expect: ab ab
