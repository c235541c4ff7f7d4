// doc: buffer.md § "buf.indexOf(value[, byteOffset][, encoding])"
// indexOf() finds strings, Buffers and byte values.
var buf = Buffer.from('this is a buffer');
console.log(buf.indexOf('this'), buf.indexOf('is'), buf.indexOf(Buffer.from('a buffer')), buf.indexOf(97), buf.indexOf(Buffer.from('a buffer example')));
console.log(buf.indexOf(Buffer.from('a buffer example').slice(0, 8)), buf.indexOf(97 + 256), buf.indexOf('zz'));
// expect: 0 2 8 8 -1
// expect: 8 8 -1
