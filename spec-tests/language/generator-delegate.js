// doc: language.md § "generators"
// yield* delegates to another iterable and evaluates to its return value.
function* inner() { yield 'a'; yield 'b'; return 'inner-done'; }
function* outer() {
  const r = yield* inner();
  yield r;
  yield* [1, 2];
}
console.log([...outer()].join(','));
const obj = { *items() { yield this.x; }, x: 'method' };
console.log([...obj.items()].join());
// expect: a,b,inner-done,1,2
// expect: method
