// doc: RFC 9112 § "7.1. Chunked Transfer Coding"
// A body that stops mid-way has not ended: no onEnd, finished stays false, and the data so far is delivered.
var decode = require('./fixtures/decode').decode;
var r = decode(['5\r\nhel']);
console.log(r.body, r.ended, r.finished, r.error);
var r2 = decode(['5\r\nhello\r\n0\r\n']);
console.log(r2.body, r2.ended, r2.finished);
// expect: hel 0 false null
// expect: hello 0 false
