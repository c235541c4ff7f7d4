// doc: RFC 9112 § "7.1. Chunked Transfer Coding"
// A size line that is not hexadecimal is refused with HPE_INVALID_CHUNK_SIZE.
var decode = require('./fixtures/decode').decode;
['zz\r\n', 'g\r\nx\r\n0\r\n\r\n', '\r\nabc\r\n'].forEach(function (s) {
  console.log(decode([s]).error);
});
// expect: HPE_INVALID_CHUNK_SIZE
// expect: HPE_INVALID_CHUNK_SIZE
// expect: HPE_INVALID_CHUNK_SIZE
