// doc: buffer.md § "buffer.isUtf8(input)"
// isUtf8/isAscii validate a buffer's bytes.
var buffer = require('buffer');
console.log(buffer.isUtf8(Buffer.from('h\u00e9')), buffer.isUtf8(Buffer.from([0xed, 0xa0, 0x80])), buffer.isUtf8(new ArrayBuffer(2)));
console.log(buffer.isAscii(Buffer.from('abc')), buffer.isAscii(Buffer.from([0x80])));
try { buffer.isUtf8('abc'); } catch (e) { console.log(e.code); }
// expect: true false true
// expect: true false
// expect: ERR_INVALID_ARG_TYPE
