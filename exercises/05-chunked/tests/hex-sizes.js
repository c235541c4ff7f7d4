// doc: RFC 9112 § "7.1. Chunked Transfer Coding"
// Chunk sizes are hexadecimal, upper or lower case, with optional leading zeros.
var decode = require('./fixtures/decode').decode;
var a = new Array(11).join('a'), b = new Array(32).join('b'), c = new Array(17).join('c');
var r = decode(['A\r\n' + a + '\r\n1f\r\n' + b + '\r\n0010\r\n' + c + '\r\n0\r\n\r\n']);
console.log(r.body.length, r.body === a + b + c, r.ended);
// expect: 57 true 1
