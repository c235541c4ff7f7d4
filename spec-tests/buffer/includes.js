// doc: buffer.md § "buf.includes(value[, byteOffset][, encoding])"
// includes() is indexOf() !== -1.
var buf = Buffer.from('this is a buffer');
console.log(buf.includes('this'), buf.includes('is'), buf.includes(Buffer.from('a buffer')), buf.includes(97));
console.log(buf.includes(Buffer.from('a buffer example')), buf.includes('this', 4));
// expect: true true true true
// expect: false false
