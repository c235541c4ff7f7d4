// doc: language.md § "property access"
// Objects whose properties are computed keep their behaviour: Proxy traps, an Array's and a
// String object's length, a Buffer's length and indices, and arguments mapped to parameters.
'use strict';
var p = new Proxy({ a: 1 }, {
  get: function (t, k) { return k === 'a' ? 'trapped' : t[k]; },
  set: function (t, k, v) { t[k] = 'set:' + v; return true; }
});
p.c = 3;
console.log(p.a, p.b, p.c);
var arr = [1, 2, 3];
arr.length = 1;
console.log(arr.length, arr[1], arr.push === Array.prototype.push);
var s = new String('abc');
console.log(s.length, s.charAt(1));
var b = Buffer.from('hello');
console.log(b.length, b.subarray(1).length, new Uint16Array(4).length, b[1]);
function sloppyArgs(x) { return (function () { arguments[0] = 'changed'; return arguments.length + ':' + arguments[0]; }).apply(null, arguments); }
console.log(sloppyArgs('x', 'y'));
// expect: trapped undefined set:3
// expect: 1 undefined true
// expect: 3 b
// expect: 5 4 4 101
// expect: 2:changed
