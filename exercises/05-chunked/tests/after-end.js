// doc: RFC 9112 § "7.1. Chunked Transfer Coding"
// Once the body has ended, execute() consumes nothing and onEnd never fires again.
var decode = require('./fixtures/decode').decode;
var r = decode(['1\r\nx\r\n0\r\n\r\n', '1\r\ny\r\n0\r\n\r\n']);
console.log(r.body, r.ended, r.used);
// expect: x 1 11
