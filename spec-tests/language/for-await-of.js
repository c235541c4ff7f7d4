// doc: language.md § "for await...of"
// for await...of awaits each value of a sync iterable and walks an async iterable.
const asyncIterable = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return { next: () => Promise.resolve(i < 2 ? { value: 'v' + i++, done: false } : { value: undefined, done: true }) };
  },
};
async function main() {
  const out = [];
  for await (const x of [Promise.resolve(1), 2]) out.push(x);
  for await (const y of asyncIterable) out.push(y);
  console.log(out.join(','));
}
main();
// expect: 1,2,v0,v1
