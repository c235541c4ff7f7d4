// doc: util.md § "util.inherits(constructor, superConstructor)"
// util.inherits sets the prototype chain and constructor.super_, and validates its arguments.
var util = require('util');
function Base() {}
Base.prototype.hello = function () { return 'hello from base'; };
function Child() { Base.call(this); }
util.inherits(Child, Base);
var c = new Child();
console.log(c.hello(), c instanceof Base, Child.super_ === Base);
try {
  util.inherits(Child, null);
} catch (err) {
  console.log(err.code, err.message);
}
// expect: hello from base true true
// expect: ERR_INVALID_ARG_TYPE The "superCtor" argument must be of type function. Received null
