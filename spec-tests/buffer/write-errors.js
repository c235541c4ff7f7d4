// doc: buffer.md § "buf.write(string[, offset[, length]][, encoding])"
// write() validates its string, offset and encoding.
var b = Buffer.alloc(4);
try { b.write(5); } catch (e) { console.log(e.code, e.message); }
try { b.write('a', 5); } catch (e) { console.log(e.code, e.message); }
try { b.write('a', 0, 'nope'); } catch (e) { console.log(e.code, e.message); }
// expect: ERR_INVALID_ARG_TYPE argument must be a string
// expect: ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5
// expect: ERR_UNKNOWN_ENCODING Unknown encoding: nope
