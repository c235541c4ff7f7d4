// doc: language.md § "optional chaining"
// ?. short-circuits on null or undefined for properties, calls and computed keys, and keeps this.
const o = { a: { b: 1, f() { return this.b; } }, n: null };
console.log(o?.a?.b, o.n?.b, o.n?.b.c.d, o.x?.[0], o.a.f?.(), o.a.g?.(), o.a?.['b']);
let calls = 0;
const get = () => { calls++; return o; };
console.log(get()?.a.b, calls);
// expect: 1 undefined undefined undefined 1 undefined 1
// expect: 1 1
