// doc: globals.md § "`global`"
// globalThis is the global object, and the built-ins on it are not enumerable.
console.log(typeof globalThis, globalThis.Promise === Promise);
console.log(Object.keys(globalThis).indexOf('Map'), Object.keys(globalThis).indexOf('Promise'));
// expect: object true
// expect: -1 -1
