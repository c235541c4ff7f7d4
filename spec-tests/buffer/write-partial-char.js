// doc: buffer.md § "buf.write(string[, offset[, length]][, encoding])"
// write() never writes part of a multi-byte utf8 character.
var b = Buffer.alloc(4);
console.log(b.write('a\u20ac\u20ac'), b);
var c = Buffer.alloc(5);
console.log(c.write('xy\ud83d\ude00'), c);
// expect: 4 <Buffer 61 e2 82 ac>
// expect: 2 <Buffer 78 79 00 00 00>
