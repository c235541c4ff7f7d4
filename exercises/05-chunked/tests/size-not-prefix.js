// doc: RFC 9112 § "7.1. Chunked Transfer Coding"
// A size must be hex digits only: '0x5', '-1' and '5z' are refused, not read as far as they parse.
var decode = require('./fixtures/decode').decode;
['0x5\r\nhello\r\n0\r\n\r\n', '-1\r\n', '5z\r\nhello\r\n0\r\n\r\n'].forEach(function (s) {
  var r = decode([s]);
  console.log(r.error, r.ended);
});
// expect: HPE_INVALID_CHUNK_SIZE 0
// expect: HPE_INVALID_CHUNK_SIZE 0
// expect: HPE_INVALID_CHUNK_SIZE 0
