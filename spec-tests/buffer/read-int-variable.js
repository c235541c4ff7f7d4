// doc: buffer.md § "buf.readIntBE(offset, byteLength)"
// readUIntLE/BE and readIntLE/BE read 1 to 6 bytes.
var buf = Buffer.from([0x12, 0x34, 0x56, 0x78, 0x90, 0xab]);
console.log(buf.readUIntBE(0, 6).toString(16), buf.readUIntLE(0, 6).toString(16), buf.readIntLE(0, 6).toString(16));
console.log(buf.readIntBE(0, 6).toString(16), buf.readUIntBE(1, 3), buf.readIntBE(3, 3), buf.readIntLE(4, 2));
try { buf.readUIntBE(1, 6); } catch (e) { console.log(e.code, e.message); }
try { buf.readIntLE(0, 7); } catch (e) { console.log(e.code, e.message); }
// expect: 1234567890ab ab9078563412 -546f87a9cbee
// expect: 1234567890ab 3430008 7901355 -21616
// expect: ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1
// expect: ERR_OUT_OF_RANGE The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 7
