// doc: RFC 9112 § "7.1. Chunked Transfer Coding"
// Chunk data must be followed by CRLF: more bytes than the size said is an error, not more data.
var decode = require('./fixtures/decode').decode;
var r = decode(['3\r\nabcdef\r\n0\r\n\r\n']);
console.log(r.body, r.error, r.ended);
var r2 = decode(['3\r\nabc\rX0\r\n\r\n']);
console.log(r2.error);
// expect: abc HPE_CR_EXPECTED 0
// expect: HPE_LF_EXPECTED
