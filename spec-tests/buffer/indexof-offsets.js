// doc: buffer.md § "buf.indexOf(value[, byteOffset][, encoding])"
// A negative byteOffset counts from the end; a non-number one means 0.
var b = Buffer.from('abcdef');
console.log(b.indexOf('b', null), b.indexOf('b', {}), b.indexOf('b', -5), b.indexOf('b', -1), b.indexOf('b', 2));
console.log(b.indexOf('', 3), b.indexOf('', 100), b.indexOf(99, 2.9), b.indexOf('c', -100));
// expect: 1 1 1 -1 -1
// expect: 3 6 2 2
