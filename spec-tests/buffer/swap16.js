// doc: buffer.md § "buf.swap16()"
// swap16() swaps byte pairs in place and rejects odd lengths.
var buf1 = Buffer.from([0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7, 0x8]);
console.log(buf1.swap16());
try { Buffer.from([1, 2, 3]).swap16(); } catch (e) { console.log(e.name, e.code, e.message); }
// expect: <Buffer 02 01 04 03 06 05 08 07>
// expect: RangeError ERR_INVALID_BUFFER_SIZE Buffer size must be a multiple of 16-bits
