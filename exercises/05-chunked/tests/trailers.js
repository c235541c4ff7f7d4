// doc: RFC 9112 § "7.1.2. Chunked Trailer Section"
// Trailer fields after the last chunk reach onTrailers as [name, value, ...], names as sent, before onEnd.
var ChunkedDecoder = require('../lib/chunked_decoder');
var order = [];
var d = new ChunkedDecoder({
  onData: function (b) { order.push('data:' + b); },
  onTrailers: function (t) { order.push('trailers:' + JSON.stringify(t)); },
  onEnd: function () { order.push('end'); }
});
d.execute(Buffer.from('2\r\nok\r\n0\r\nX-Checksum: abc \r\nexpires: never\r\n\r\n'));
console.log(order.join(' '));
// expect: data:ok trailers:["X-Checksum","abc","expires","never"] end
