// doc: buffer.md § "buf.readUInt32LE([offset])"
// Reading past the end throws ERR_OUT_OF_RANGE, or ERR_BUFFER_OUT_OF_BOUNDS when the buffer is too short.
var buf = Buffer.from([1, 2, 3, 4]);
try { buf.readUInt32LE(1); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.alloc(2).readUInt32LE(0); } catch (e) { console.log(e.name, e.code, e.message); }
try { buf.readUInt8(1.5); } catch (e) { console.log(e.code, e.message); }
try { buf.readUInt8('1'); } catch (e) { console.log(e.code, e.message); }
try { buf.readInt16BE(-1); } catch (e) { console.log(e.code, e.message); }
// expect: RangeError ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1
// expect: RangeError ERR_BUFFER_OUT_OF_BOUNDS Attempt to access memory outside buffer bounds
// expect: ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be an integer. Received 1.5
// expect: ERR_INVALID_ARG_TYPE The "offset" argument must be of type number. Received type string ('1')
// expect: ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be >= 0 and <= 2. Received -1
