// doc: language.md § "for...of"
// for...of uses Symbol.iterator of a user object, and break and continue work.
class Range {
  constructor(n) { this.n = n; }
  [Symbol.iterator]() {
    let i = 0;
    const n = this.n;
    return { next: () => (i < n ? { value: i++, done: false } : { value: undefined, done: true }) };
  }
}
const seen = [];
for (const i of new Range(10)) {
  if (i === 1) continue;
  if (i === 4) break;
  seen.push(i);
}
console.log(seen.join(','));
// expect: 0,2,3
