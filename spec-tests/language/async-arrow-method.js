// doc: language.md § "async functions"
// Async arrows keep lexical this; async methods and class methods work.
class Store {
  constructor() { this.items = ['a']; }
  async load() { await null; return this.items.length; }
  static async create() { return new Store(); }
}
const obj = {
  base: 10,
  async add(x) { return this.base + await x; },
  later() { return (async () => this.base * 2)(); },
};
(async () => {
  const s = await Store.create();
  console.log(await s.load(), await obj.add(Promise.resolve(5)), await obj.later());
})();
// expect: 1 15 20
