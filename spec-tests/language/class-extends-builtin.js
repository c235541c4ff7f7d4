// doc: language.md § "classes"
// A class can extend a built-in collection and keep its behaviour.
class Counter extends Map {
  inc(k) { this.set(k, (this.get(k) || 0) + 1); return this; }
}
const c = new Counter();
c.inc('a').inc('a').inc('b');
console.log(c.get('a'), c.size, c instanceof Map);
// expect: 2 2 true
