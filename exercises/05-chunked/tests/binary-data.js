// doc: RFC 9112 § "7.1. Chunked Transfer Coding"
// Chunk data is counted, not read as lines: it may contain CR, LF, NUL and any byte.
var decode = require('./fixtures/decode').decode;
var data = 'a\r\nb\r\n\r\n0\r\n\x00\xff';
var r = decode([Buffer.concat([Buffer.from(data.length.toString(16) + '\r\n'), Buffer.from(data, 'latin1'),
  Buffer.from('\r\n0\r\n\r\n')])]);
console.log(r.body === data, r.ended, r.error);
// expect: true 1 null
