// doc: buffer.md § "buf.writeIntLE(value, offset, byteLength)"
// writeUIntLE/BE and writeIntLE/BE write 1 to 6 bytes.
var buf = Buffer.alloc(6);
console.log(buf.writeUIntBE(0x1234567890ab, 0, 6), buf);
console.log(buf.writeIntLE(-0x1234567890ab, 0, 6), buf, buf.readIntLE(0, 6).toString(16));
console.log(buf.writeUIntLE(0x123456, 1, 3), buf);
try { buf.writeUIntBE(0x1000000, 0, 3); } catch (e) { console.log(e.code, e.message); }
try { buf.writeIntBE(1, 0, 0); } catch (e) { console.log(e.code, e.message); }
// expect: 6 <Buffer 12 34 56 78 90 ab>
// expect: 6 <Buffer 55 6f 87 a9 cb ed> -1234567890ab
// expect: 4 <Buffer 55 56 34 12 cb ed>
// expect: ERR_OUT_OF_RANGE The value of "value" is out of range. It must be >= 0 and <= 16777215. Received 16777216
// expect: ERR_OUT_OF_RANGE The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 0
