// doc: buffer.md § "Static method: Buffer.compare(buf1, buf2)"
// Buffer.compare sorts byte-wise and can be a sort comparator.
var buf1 = Buffer.from('1234'), buf2 = Buffer.from('0123');
var arr = [buf1, buf2];
console.log(arr.sort(Buffer.compare).map(String).join(' '));
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('ab')), Buffer.compare(Buffer.from('b'), Buffer.from('ab')), Buffer.compare(buf1, buf1));
try { Buffer.compare('a', buf1); } catch (e) { console.log(e.code); }
// expect: 0123 1234
// expect: -1 1 0
// expect: ERR_INVALID_ARG_TYPE
