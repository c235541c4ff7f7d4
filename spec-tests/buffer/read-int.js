// doc: buffer.md § "buf.readInt32LE([offset])"
// readInt8/16/32 read two's complement integers.
var buf = Buffer.from([0xff, 0xfe, 0x80, 0x00, 0x00, 0x80]);
console.log(buf.readInt8(0), buf.readInt8(3), buf.readInt16LE(0), buf.readInt16BE(0), buf.readInt16BE(2));
console.log(buf.readInt32LE(2), buf.readInt32BE(0), Buffer.from([0, 0, 0, 0x80]).readInt32LE());
// expect: -1 0 -257 -2 -32768
// expect: -2147483520 -98304 -2147483648
