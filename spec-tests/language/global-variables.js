// doc: language.md § "property access"
// A global variable is a property of the global object: a getter defined on it runs on every
// read, a sloppy assignment to an undeclared name creates one, and deleting it makes the name
// unresolvable again.
var reads = 0;
Object.defineProperty(globalThis, 'viaGetter', { get: function () { reads++; return 'got'; }, configurable: true });
function readIt() { return viaGetter; }
console.log(readIt(), readIt(), reads);
(function () { createdBySloppyWrite = 'created'; })();
console.log(globalThis.createdBySloppyWrite, (function () { return createdBySloppyWrite; })());
globalThis.plain = 1;
(function () { plain = plain + 1; })();
console.log(plain, globalThis.plain);
delete globalThis.plain;
try { (function () { return plain; })(); } catch (e) { console.log(e.name); }
console.log(typeof Math.max, (function () { return JSON.stringify([1]); })());
// expect: got got 2
// expect: created created
// expect: 2 2
// expect: ReferenceError
// expect: function [1]
