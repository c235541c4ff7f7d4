// doc: language.md § "async functions"
// An async function runs synchronously until its first await, then resumes after the current code.
async function f() {
  console.log('f start');
  const v = await 1;
  console.log('f resumed', v);
  return v + 1;
}
const p = f();
console.log('after call', p instanceof Promise);
p.then((v) => console.log('result', v));
// expect: f start
// expect: after call true
// expect: f resumed 1
// expect: result 2
