// doc: buffer.md § "Static method: Buffer.from(object[, offsetOrEncoding[, length]])"
// Objects with valueOf() or Symbol.toPrimitive convert through them.
console.log(Buffer.from(new String('this is a test')).toString());
var o = {};
o[Symbol.toPrimitive] = function () { return 'prim'; };
console.log(Buffer.from(o).toString());
// expect: this is a test
// expect: prim
