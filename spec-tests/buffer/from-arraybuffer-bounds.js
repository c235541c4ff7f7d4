// doc: buffer.md § "Static method: Buffer.from(arrayBuffer[, byteOffset[, length]])"
// An offset or length past the ArrayBuffer throws ERR_BUFFER_OUT_OF_BOUNDS.
var ab = new ArrayBuffer(4);
try { Buffer.from(ab, 5); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.from(ab, 1, 4); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Buffer.from(ab, 4).length, Buffer.from(ab, 1, -3).length);
// expect: RangeError ERR_BUFFER_OUT_OF_BOUNDS "offset" is outside of buffer bounds
// expect: RangeError ERR_BUFFER_OUT_OF_BOUNDS "length" is outside of buffer bounds
// expect: 0 0
