// doc: buffer.md § "Static method: Buffer.from(buffer)"
// Buffer.from(buffer) copies the bytes.
var a = Buffer.from('buffer');
var b = Buffer.from(a);
a[0] = 0x78;
console.log(a.toString(), b.toString());
console.log(Buffer.from(new Uint8Array([1, 2, 3])));
// expect: xuffer buffer
// expect: <Buffer 01 02 03>
