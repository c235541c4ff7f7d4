// doc: RFC 9112 § "7.1. Chunked Transfer Coding"
// execute() returns how many bytes the body used; what follows (a pipelined request) is not consumed.
var decode = require('./fixtures/decode').decode;
var body = '3\r\nabc\r\n0\r\n\r\n';
var r = decode([body + 'GET /next HTTP/1.1\r\n\r\n']);
console.log(r.body, r.used, body.length, r.ended);
var r2 = decode([body.slice(0, 9), body.slice(9) + 'GET /']);
console.log(r2.used === body.length, r2.ended);
// expect: abc 13 13 1
// expect: true 1
