// doc: globals.md § "`global`"
// `global` is the global object: the same object as globalThis, holding `process`.
console.log(global === globalThis, global.process === process, global.global === global);
// expect: true true true
