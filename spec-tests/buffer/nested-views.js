// doc: buffer.md § "buf.subarray([start[, end]])"
// A view of a view is relative to its parent and still shares memory.
var b = Buffer.from('0123456789');
var v = b.subarray(2, 8).subarray(1, 3);
console.log(v.toString(), v.byteOffset - b.byteOffset);
v.fill('x');
console.log(b.toString());
// expect: 34 3
// expect: 012xx56789
