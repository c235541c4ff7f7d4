// doc: buffer.md § "buf.lastIndexOf(value[, byteOffset][, encoding])"
// lastIndexOf() searches backwards from byteOffset.
var buf = Buffer.from('this buffer is a buffer');
console.log(buf.lastIndexOf('this'), buf.lastIndexOf('buffer'), buf.lastIndexOf(Buffer.from('buffer')), buf.lastIndexOf(97));
console.log(buf.lastIndexOf(Buffer.from('yolo')), buf.lastIndexOf('buffer', 5), buf.lastIndexOf('buffer', 4));
var b = Buffer.from('abcdef');
console.log(b.lastIndexOf('b', null), b.lastIndexOf('b', undefined), b.lastIndexOf('b', {}), b.lastIndexOf('b', -100));
// expect: 0 17 17 15
// expect: -1 5 -1
// expect: -1 1 1 -1
