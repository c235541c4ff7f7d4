// doc: buffer.md § "buf.swap32()"
// swap32() and swap64() reverse 4- and 8-byte groups in place.
var buf = Buffer.from([0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7, 0x8]);
console.log(buf.swap32());
console.log(buf.swap64());
try { Buffer.alloc(6).swap64(); } catch (e) { console.log(e.code, e.message); }
// expect: <Buffer 04 03 02 01 08 07 06 05>
// expect: <Buffer 05 06 07 08 01 02 03 04>
// expect: ERR_INVALID_BUFFER_SIZE Buffer size must be a multiple of 64-bits
