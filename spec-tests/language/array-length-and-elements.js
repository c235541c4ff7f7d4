// doc: language.md § "property access"
// An Array's length follows its elements and truncates them when lowered; holes read through to
// the prototype; a frozen array or a read-only length refuses changes (TypeError in strict code);
// a length that is not an integer in 0..2^32-1 is a RangeError.
'use strict';
var a = [1, 2, 3, 4, 5];
a.length = 2;
console.log(a.length, a[1], a[2], JSON.stringify(a));
a.length = 4;
a[a.length] = 'x';
console.log(a.length, 3 in a, a[4], JSON.stringify(a));
Array.prototype[7] = 'from proto';
var h = [];
h[9] = 'nine';
console.log(h.length, h[7], h[8]);
delete Array.prototype[7];
var f = Object.freeze([1, 2]);
try { f.length = 0; } catch (e) { console.log('frozen length', e instanceof TypeError, f.length); }
try { f[0] = 9; } catch (e) { console.log('frozen element', e instanceof TypeError, f[0]); }
var ro = [1, 2, 3];
Object.defineProperty(ro, 'length', { writable: false });
try { ro.length = 1; } catch (e) { console.log('read-only length', e instanceof TypeError, ro.length); }
try { a.length = -1; } catch (e) { console.log(e instanceof RangeError); }
try { a.length = 1.5; } catch (e) { console.log(e instanceof RangeError); }
var q = [{}, {}, {}];
q.length = 0;
q.length = 3;
console.log(q[0], 0 in q, q.length);
// expect: 2 2 undefined [1,2]
// expect: 5 false x [1,2,null,null,"x"]
// expect: 10 from proto undefined
// expect: frozen length true 2
// expect: frozen element true 1
// expect: read-only length true 3
// expect: true
// expect: true
// expect: undefined false 3
