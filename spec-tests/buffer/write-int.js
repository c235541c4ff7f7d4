// doc: buffer.md § "buf.writeInt32LE(value[, offset])"
// writeInt8/16/32 write two's complement integers.
var buf = Buffer.allocUnsafe(8);
buf.writeInt8(-2, 0); buf.writeInt16BE(-2, 1); buf.writeInt32LE(-5, 3); buf.writeInt8(127, 7);
console.log(buf);
console.log(buf.readInt8(0), buf.readInt16BE(1), buf.readInt32LE(3));
// expect: <Buffer fe ff fe fb ff ff ff 7f>
// expect: -2 -2 -5
