// doc: buffer.md § "buffer.constants.MAX_LENGTH"
// The buffer module exports kMaxLength, constants and SlowBuffer.
var buffer = require('buffer');
console.log(buffer.kMaxLength === buffer.constants.MAX_LENGTH, typeof buffer.kMaxLength, buffer.kMaxLength >= 2147483647);
console.log(buffer.kStringMaxLength === buffer.constants.MAX_STRING_LENGTH, typeof buffer.SlowBuffer);
// expect: true number true
// expect: true function
