// doc: buffer.md § "buf.fill(value[, offset[, end]][, encoding])"
// Filling with a value that encodes to nothing throws ERR_INVALID_ARG_VALUE.
var buf = Buffer.allocUnsafe(5);
console.log(buf.fill('a'));
console.log(buf.fill('aazz', 'hex'));
try { buf.fill('zz', 'hex'); } catch (e) { console.log(e.name, e.code, e.message); }
try { buf.fill('a', 0, 10); } catch (e) { console.log(e.code); }
try { buf.fill('a', 'nope'); } catch (e) { console.log(e.code); }
// expect: <Buffer 61 61 61 61 61>
// expect: <Buffer aa aa aa aa aa>
// expect: TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received 'zz'
// expect: ERR_OUT_OF_RANGE
// expect: ERR_UNKNOWN_ENCODING
