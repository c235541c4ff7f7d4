// doc: buffer.md § "buf.copy(target[, targetStart[, sourceStart[, sourceEnd]]])"
// copy() rejects negative or out-of-range starts with ERR_OUT_OF_RANGE.
var a = Buffer.from('abc'), b = Buffer.alloc(3);
try { a.copy(b, -1); } catch (e) { console.log(e.code, e.message); }
try { a.copy(b, 0, 4); } catch (e) { console.log(e.code, e.message); }
try { a.copy('x'); } catch (e) { console.log(e.code); }
// expect: ERR_OUT_OF_RANGE The value of "targetStart" is out of range. It must be >= 0. Received -1
// expect: ERR_OUT_OF_RANGE The value of "sourceStart" is out of range. It must be >= 0 && <= 3. Received 4
// expect: ERR_INVALID_ARG_TYPE
