// doc: language.md § "property access"
// Writing a frozen or non-writable property throws a TypeError in strict code and leaves the value;
// an accessor property's setter runs instead of a plain store; sloppy code ignores the write.
var f = Object.freeze({ a: 1 });
var ro = {};
Object.defineProperty(ro, 'x', { value: 1, writable: false, enumerable: true });
(function () {
  'use strict';
  try { f.a = 2; console.log('no throw'); } catch (e) { console.log(e instanceof TypeError, f.a); }
  try { ro.x = 2; console.log('no throw'); } catch (e) { console.log(e instanceof TypeError, ro.x); }
})();
(function () {
  f.a = 3;
  ro.x = 3;
  console.log(f.a, ro.x);
})();
var acc = { _v: 1, get v() { return this._v; }, set v(x) { this._v = x * 10; } };
acc.v = 2;
acc.v = acc.v + 1;
console.log(acc.v, Object.keys(acc).join(','));
// expect: true 1
// expect: true 1
// expect: 1 1
// expect: 210 _v,v
