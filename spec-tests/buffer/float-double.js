// doc: buffer.md § "buf.readDoubleLE([offset])"
// Float and double accessors read and write IEEE 754 values in either byte order.
var buf = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(buf.readDoubleBE(0), buf.readDoubleLE(0), buf.readFloatBE(0), buf.readFloatLE(4));
var b = Buffer.allocUnsafe(8);
console.log(b.writeDoubleBE(123.456, 0), b, b.readDoubleBE(0));
console.log(b.writeFloatLE(0xcafebabe, 0), b.slice(0, 4), b.readFloatLE(0));
b.writeFloatBE(NaN, 4); b.writeDoubleLE(-0);
console.log(b.readFloatBE(4), 1 / b.readDoubleLE(0));
try { b.readDoubleLE(1); } catch (e) { console.log(e.code, e.message); }
// expect: 8.20788039913184e-304 5.447603722011605e-270 2.387939260590663e-38 4.063216068939723e-34
// expect: 8 <Buffer 40 5e dd 2f 1a 9f be 77> 123.456
// expect: 4 <Buffer bb fe 4a 4f> 3405691648
// expect: 1.793662034335766e-43 -Infinity
// expect: ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1
