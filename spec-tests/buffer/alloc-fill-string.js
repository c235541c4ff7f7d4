// doc: buffer.md § "Static method: Buffer.alloc(size[, fill[, encoding]])"
// Buffer.alloc(size, fill, encoding) repeats the encoded fill value.
console.log(Buffer.alloc(5, 'a'));
console.log(Buffer.alloc(11, 'aGVsbG8gd29ybGQ=', 'base64'));
console.log(Buffer.alloc(5, 'abc'), Buffer.alloc(4, 257), Buffer.alloc(3, Buffer.from([1, 2])));
// expect: <Buffer 61 61 61 61 61>
// expect: <Buffer 68 65 6c 6c 6f 20 77 6f 72 6c 64>
// expect: <Buffer 61 62 63 61 62> <Buffer 01 01 01 01> <Buffer 01 02 01>
