// doc: buffer.md § "Buffers and TypedArrays"
// A Buffer is a Uint8Array subclass; Buffer is global and the same as require('buffer').Buffer.
var b = Buffer.from('hi');
console.log(b instanceof Uint8Array, b instanceof Buffer, b.constructor === Buffer);
console.log(require('buffer').Buffer === Buffer, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype);
console.log(Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(2)), Buffer.isBuffer('hi'));
// expect: true true true
// expect: true true
// expect: true false false
