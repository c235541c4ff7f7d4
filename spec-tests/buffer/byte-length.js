// doc: buffer.md § "Static method: Buffer.byteLength(string[, encoding])"
// byteLength counts encoded bytes; for base64/hex it is the arithmetic estimate.
var str = '\u00bd + \u00bc = \u00be';
console.log(str.length, Buffer.byteLength(str, 'utf8'));
console.log(Buffer.byteLength('aGVsbG8=', 'base64'), Buffer.byteLength('abc', 'hex'), Buffer.byteLength('abc', 'latin1'));
console.log(Buffer.byteLength(Buffer.alloc(7)), Buffer.byteLength(new ArrayBuffer(9)), Buffer.byteLength('abc', 'nope'));
try { Buffer.byteLength(5); } catch (e) { console.log(e.code); }
// expect: 9 12
// expect: 5 1 3
// expect: 7 9 3
// expect: ERR_INVALID_ARG_TYPE
