// doc: buffer.md § "buf.readUInt16LE([offset])"
// readUInt8/16/32 read unsigned integers in either byte order.
var buf = Buffer.from([0x12, 0x34, 0x56, 0x78]);
console.log(buf.readUInt8(0), buf.readUInt16LE(0).toString(16), buf.readUInt16BE(1).toString(16));
console.log(buf.readUInt32LE(0).toString(16), buf.readUInt32BE(0).toString(16), buf.readUint32BE(0) === buf.readUInt32BE(0));
console.log(Buffer.from([0xff, 0xff, 0xff, 0xff]).readUInt32LE(0));
// expect: 18 3412 3456
// expect: 78563412 12345678 true
// expect: 4294967295
