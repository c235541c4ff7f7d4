// doc: language.md § "property access"
// instanceof walks the left side's prototype chain for the right side's prototype; a
// Symbol.hasInstance method on the right side decides instead; bound functions use their target;
// a primitive is an instance of nothing; a right side that is not callable is a TypeError.
function A() {}
function B() {}
B.prototype = Object.create(A.prototype);
var b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object, b instanceof Array, new A() instanceof B);
var Even = { [Symbol.hasInstance]: function (n) { return n % 2 === 0; } };
function Custom() {}
Object.defineProperty(Custom, Symbol.hasInstance, { value: function () { return true; } });
console.log(2 instanceof Even, 3 instanceof Even, 'x' instanceof Custom);
var Bound = A.bind(null);
console.log(new A() instanceof Bound, 5 instanceof A, 'str' instanceof String, null instanceof Object);
console.log(Buffer.from('x') instanceof Uint8Array, [] instanceof Array, function () {} instanceof Function);
try { ({}) instanceof {}; } catch (e) { console.log(e instanceof TypeError); }
A.prototype = {};
console.log(b instanceof A);
// expect: true true true false false
// expect: true false true
// expect: true false false false
// expect: true true true
// expect: true
// expect: false
