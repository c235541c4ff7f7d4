// doc: language.md § "async functions"
// An exception thrown in an async function rejects its promise.
async function boom() { await null; throw new TypeError('nope'); }
boom().catch((e) => console.log(e instanceof TypeError, e.message));
// expect: true nope
