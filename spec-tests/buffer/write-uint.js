// doc: buffer.md § "buf.writeUInt32BE(value[, offset])"
// writeUInt8/16/32 write unsigned integers and return the next offset.
var buf = Buffer.allocUnsafe(8);
console.log(buf.writeUInt32BE(0xfeedface, 0), buf.writeUInt16LE(0xbeef, 4), buf.writeUInt8(0x42, 6), buf.writeUint8(1, 7));
console.log(buf);
// expect: 4 6 7 8
// expect: <Buffer fe ed fa ce ef be 42 01>
