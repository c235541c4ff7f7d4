// doc: buffer.md § "Static method: Buffer.from(object[, offsetOrEncoding[, length]])"
// Buffer.from() of a number, null or a plain object throws ERR_INVALID_ARG_TYPE.
[5, null, undefined, {}].forEach(function (v) {
  try { Buffer.from(v); } catch (e) { console.log(e.name, e.code); }
});
try { Buffer.from(5); } catch (e) { console.log(e.message); }
// expect: TypeError ERR_INVALID_ARG_TYPE
// expect: TypeError ERR_INVALID_ARG_TYPE
// expect: TypeError ERR_INVALID_ARG_TYPE
// expect: TypeError ERR_INVALID_ARG_TYPE
// expect: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type number (5)
