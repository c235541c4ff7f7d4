// doc: buffer.md § "Static method: Buffer.allocUnsafe(size)"
// allocUnsafe and allocUnsafeSlow return Buffers of the requested size, validated like alloc.
var a = Buffer.allocUnsafe(10), s = Buffer.allocUnsafeSlow(10);
console.log(a.length, Buffer.isBuffer(a), s.length, Buffer.isBuffer(s));
console.log(a.fill(0).equals(Buffer.alloc(10)));
try { Buffer.allocUnsafe(-5); } catch (e) { console.log(e.code); }
console.log(typeof Buffer.poolSize, Buffer.poolSize);
// expect: 10 true 10 true
// expect: true
// expect: ERR_OUT_OF_RANGE
// expect: number 8192
