// doc: buffer.md § "Static method: Buffer.alloc(size[, fill[, encoding]])"
// A size that is not a number, negative or too large throws ERR_INVALID_ARG_TYPE / ERR_OUT_OF_RANGE.
[-1, 'x', NaN, 2 * 4294967296].forEach(function (size) {
  try { Buffer.alloc(size); } catch (e) { console.log(e.name, e.code, e.message); }
});
// expect: RangeError ERR_OUT_OF_RANGE The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received -1
// expect: TypeError ERR_INVALID_ARG_TYPE The "size" argument must be of type number. Received type string ('x')
// expect: RangeError ERR_OUT_OF_RANGE The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received NaN
// expect: RangeError ERR_OUT_OF_RANGE The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received 8_589_934_592
