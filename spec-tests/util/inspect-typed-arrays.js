// doc: util.md § "util.inspect(object[, options])"
// Typed arrays print with their type and length; ArrayBuffers show their bytes.
var util = require('util');
console.log(util.inspect(new Uint8Array([1, 2, 255])));
console.log(util.inspect(new Float64Array(2)));
console.log(util.inspect(new Uint8Array([0xde, 0xad]).buffer));
// expect: Uint8Array(3) [ 1, 2, 255 ]
// expect: Float64Array(2) [ 0, 0 ]
// expect: ArrayBuffer { [Uint8Contents]: <de ad>, byteLength: 2 }
