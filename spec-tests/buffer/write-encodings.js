// doc: buffer.md § "buf.write(string[, offset[, length]][, encoding])"
// write() encodes into the buffer at an offset and returns the bytes written.
var buf = Buffer.alloc(256);
var len = buf.write('\u00bd + \u00bc = \u00be', 0);
console.log(len + ' bytes: ' + buf.toString('utf8', 0, len).length);
var b = Buffer.alloc(10);
console.log(b.write('abcd', 8), b.write('ff00', 2, 'hex'), b.write('zz', 'hex'), b.write('YQ==', 4, 1, 'base64'));
console.log(b);
// expect: 12 bytes: 9
// expect: 2 2 0 1
// expect: <Buffer 00 00 ff 00 61 00 00 00 61 62>
