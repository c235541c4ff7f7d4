// doc: RFC 9112 § "7.1. Chunked Transfer Coding"
// A size line ended by a bare LF is refused (lenient parsers that accept it are a smuggling risk).
var decode = require('./fixtures/decode').decode;
var r = decode(['3\nabc\r\n0\r\n\r\n']);
console.log(r.error !== null, r.ended, JSON.stringify(r.body));
// expect: true 0 ""
