// doc: buffer.md § "buf.copy(target[, targetStart[, sourceStart[, sourceEnd]]])"
// copy() copies a range and returns the number of bytes copied.
var buf1 = Buffer.allocUnsafe(26), buf2 = Buffer.allocUnsafe(26).fill('!');
for (var i = 0; i < 26; i++) buf1[i] = i + 97;
console.log(buf1.copy(buf2, 8, 16, 20), buf2.toString('ascii', 0, 25));
console.log(Buffer.from('abc').copy(Buffer.alloc(2)), Buffer.from('abc').copy(Buffer.alloc(2), 5));
// expect: 4 !!!!!!!!qrst!!!!!!!!!!!!!
// expect: 2 0
