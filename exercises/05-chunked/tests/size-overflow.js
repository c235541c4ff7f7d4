// doc: RFC 9112 § "7.1. Chunked Transfer Coding"
// A size too large to count exactly is refused, never wrapped or rounded into a small one.
var decode = require('./fixtures/decode').decode;
var r = decode(['FFFFFFFFFFFFFFFFFFFF\r\nabc\r\n0\r\n\r\n']);
var r2 = decode(['10000000000000001\r\n0\r\n\r\n']);
console.log(r.error, r.ended, r2.error);
// expect: HPE_INVALID_CHUNK_SIZE 0 HPE_INVALID_CHUNK_SIZE
