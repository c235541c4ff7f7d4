// doc: buffer.md § "buf.equals(otherBuffer)"
// equals() is true when both hold the same bytes.
var buf1 = Buffer.from('ABC'), buf2 = Buffer.from('414243', 'hex'), buf3 = Buffer.from('ABCD');
console.log(buf1.equals(buf2), buf1.equals(buf3), buf1.equals(new Uint8Array([65, 66, 67])));
try { buf1.equals('ABC'); } catch (e) { console.log(e.code, e.message); }
// expect: true false true
// expect: ERR_INVALID_ARG_TYPE The "otherBuffer" argument must be an instance of Buffer or Uint8Array. Received type string ('ABC')
