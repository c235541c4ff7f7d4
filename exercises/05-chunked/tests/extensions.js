// doc: RFC 9112 § "7.1.1. Chunk Extensions"
// Chunk extensions after ';' are ignored, quoted values included.
var decode = require('./fixtures/decode').decode;
var r = decode(['5;name=value\r\nhello\r\n6;a;b="x y"\r\n world\r\n0;last\r\n\r\n']);
console.log(r.body, r.ended);
// expect: hello world 1
