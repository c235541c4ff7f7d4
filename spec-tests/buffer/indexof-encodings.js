// doc: buffer.md § "buf.indexOf(value[, byteOffset][, encoding])"
// The needle is encoded with the given encoding, including ucs2.
var buf = Buffer.from('\u039a\u0391\u03a3\u03a3\u0395', 'utf16le');
console.log(buf.indexOf('\u03a3', 0, 'utf16le'), buf.indexOf('\u03a3', -4, 'utf16le'));
var b = Buffer.from('abcdef');
console.log(b.indexOf('6364', 'hex'), b.indexOf('ZGVm', 'base64'), b.indexOf('c', 0, 'latin1'));
try { b.indexOf('c', 0, 'nope'); } catch (e) { console.log(e.code); }
try { b.indexOf({}); } catch (e) { console.log(e.code); }
// expect: 4 6
// expect: 2 3 2
// expect: ERR_UNKNOWN_ENCODING
// expect: ERR_INVALID_ARG_TYPE
