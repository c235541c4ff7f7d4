// doc: RFC 9112 § "7.1. Chunked Transfer Coding"
// Several chunks are joined in order into one body.
var decode = require('./fixtures/decode').decode;
var r = decode(['3\r\nabc\r\n1\r\nd\r\n4\r\nefgh\r\n0\r\n\r\n']);
console.log(r.body, r.ended);
// expect: abcdefgh 1
