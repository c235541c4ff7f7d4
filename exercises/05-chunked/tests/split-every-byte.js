// doc: RFC 9112 § "7.1. Chunked Transfer Coding"
// Fed one byte per call, the decoder produces the same body, trailers and end.
var decode = require('./fixtures/decode').decode;
var msg = '4;x=1\r\nWiki\r\n5\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nX-T: 1\r\n\r\n';
var r = decode(msg.split(''));
console.log(JSON.stringify(r.body), JSON.stringify(r.trailers), r.ended, r.used === msg.length);
// expect: "Wikipedia in\r\n\r\nchunks." ["X-T","1"] 1 true
