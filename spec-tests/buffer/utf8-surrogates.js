// doc: buffer.md § "Buffers and character encodings"
// utf8 encodes a surrogate pair as 4 bytes and a lone surrogate as EF BF BD.
console.log(Buffer.from('\ud83d\ude00'));
console.log(Buffer.from('a\ud800b'), Buffer.from('\udc00'));
console.log(Buffer.byteLength('\ud83d\ude00'), Buffer.byteLength('\u00e9\u20ac'));
// expect: <Buffer f0 9f 98 80>
// expect: <Buffer 61 ef bf bd 62> <Buffer ef bf bd>
// expect: 4 5
