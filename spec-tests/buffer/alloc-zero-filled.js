// doc: buffer.md § "Static method: Buffer.alloc(size[, fill[, encoding]])"
// Buffer.alloc(size) is zero-filled.
var b = Buffer.alloc(5);
console.log(b.length, b);
console.log(Buffer.alloc(0).length);
// expect: 5 <Buffer 00 00 00 00 00>
// expect: 0
