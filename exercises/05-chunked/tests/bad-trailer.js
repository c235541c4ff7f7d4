// doc: RFC 9112 § "7.1.2. Chunked Trailer Section"
// A trailer line that is not 'name: value' with a token name is refused with HPE_INVALID_HEADER_TOKEN.
var decode = require('./fixtures/decode').decode;
console.log(decode(['0\r\nno colon here\r\n\r\n']).error);
console.log(decode(['0\r\nbad name: x\r\n\r\n']).error);
// expect: HPE_INVALID_HEADER_TOKEN
// expect: HPE_INVALID_HEADER_TOKEN
