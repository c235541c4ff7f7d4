// doc: buffer.md § "buf.subarray([start[, end]])"
// subarray() returns a Buffer sharing memory with the original.
var buf1 = Buffer.allocUnsafe(26);
for (var i = 0; i < 26; i++) buf1[i] = i + 97;
var buf2 = buf1.subarray(0, 3);
console.log(buf2.toString('ascii', 0, buf2.length));
buf1[0] = 33;
console.log(buf2.toString('ascii', 0, buf2.length), Buffer.isBuffer(buf2), buf2.buffer === buf1.buffer);
// expect: abc
// expect: !bc true true
