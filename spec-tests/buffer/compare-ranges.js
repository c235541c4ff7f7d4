// doc: buffer.md § "buf.compare(target[, targetStart[, targetEnd[, sourceStart[, sourceEnd]]]])"
// buf.compare() compares sub-ranges of both buffers.
var buf1 = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9]);
var buf2 = Buffer.from([5, 6, 7, 8, 9, 1, 2, 3, 4]);
console.log(buf1.compare(buf2, 5, 9, 0, 4), buf1.compare(buf2, 0, 6, 4), buf1.compare(buf2, 5, 6, 5));
console.log(buf1.compare(buf2, 0, 0), buf1.compare(buf2, 0, 1, 3, 3));
try { buf1.compare(buf2, 0, 20); } catch (e) { console.log(e.code, e.message); }
// expect: 0 -1 1
// expect: 1 -1
// expect: ERR_OUT_OF_RANGE The value of "targetEnd" is out of range. It must be >= 0 && <= 9. Received 20
