// doc: buffer.md § "buffer.INSPECT_MAX_BYTES"
// util.inspect shows up to 50 bytes in hex, then how many more.
var util = require('util');
console.log(util.inspect(Buffer.from('hello')));
console.log(util.inspect(Buffer.alloc(92, 0x41)));
console.log(util.inspect(Buffer.alloc(51)).slice(-17), util.inspect(Buffer.alloc(0)));
console.log(require('buffer').INSPECT_MAX_BYTES);
// expect: <Buffer 68 65 6c 6c 6f>
// expect: <Buffer 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 ... 42 more bytes>
// expect:  ... 1 more byte> <Buffer >
// expect: 50
