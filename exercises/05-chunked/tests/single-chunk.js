// doc: RFC 9112 § "7.1. Chunked Transfer Coding"
// One chunk then the last chunk: the body is the chunk's data, and onEnd fires once.
var decode = require('./fixtures/decode').decode;
var r = decode(['5\r\nhello\r\n0\r\n\r\n']);
console.log(r.body, r.ended, r.finished, r.error);
// expect: hello 1 true null
