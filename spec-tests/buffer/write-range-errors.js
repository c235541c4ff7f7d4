// doc: buffer.md § "buf.writeUInt8(value[, offset])"
// Writing a value out of the type's range or past the end throws ERR_OUT_OF_RANGE.
var buf = Buffer.alloc(4);
try { buf.writeUInt8(256); } catch (e) { console.log(e.code, e.message); }
try { buf.writeInt16LE(40000); } catch (e) { console.log(e.code, e.message); }
try { buf.writeUInt32LE(-1); } catch (e) { console.log(e.code, e.message); }
try { buf.writeInt32BE(2147483648); } catch (e) { console.log(e.code, e.message); }
try { buf.writeUInt16BE(1, 3); } catch (e) { console.log(e.code, e.message); }
console.log(buf);
// expect: ERR_OUT_OF_RANGE The value of "value" is out of range. It must be >= 0 and <= 255. Received 256
// expect: ERR_OUT_OF_RANGE The value of "value" is out of range. It must be >= -32768 and <= 32767. Received 40000
// expect: ERR_OUT_OF_RANGE The value of "value" is out of range. It must be >= 0 and <= 4294967295. Received -1
// expect: ERR_OUT_OF_RANGE The value of "value" is out of range. It must be >= -2147483648 and <= 2147483647. Received 2147483648
// expect: ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be >= 0 and <= 2. Received 3
// expect: <Buffer 00 00 00 00>
