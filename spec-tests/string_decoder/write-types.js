// doc: string_decoder.md § "stringDecoder.write(buf)"
// write() returns strings unchanged, takes any TypedArray or DataView, and rejects other values.
var StringDecoder = require('string_decoder').StringDecoder;

var d = new StringDecoder('utf8');
console.log(d.write('str'), d.write(new Uint8Array([104, 105])), d.write(new DataView(new Uint8Array([33]).buffer)));
try { d.write(5); } catch (e) { console.log(e.code, e.message); }
// expect: str hi !
// expect: ERR_INVALID_ARG_TYPE The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (5)
