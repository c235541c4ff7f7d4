// doc: RFC 9112 § "7.1. Chunked Transfer Coding"
// Split in two at every position (inside a size, between CR and LF, inside data), the result is the same.
var d = require('./fixtures/decode');
var msg = '1A\r\nabcdefghijklmnopqrstuvwxyz\r\n3;e\r\n\r\n\n\r\n0\r\nA: b\r\n\r\n';
var want = JSON.stringify(d.decode([msg]));
var bad = d.splits(msg).filter(function (pieces) { return JSON.stringify(d.decode(pieces)).replace(/"dataCalls":\d+,?/, '') !== want.replace(/"dataCalls":\d+,?/, ''); });
console.log(JSON.parse(want).body.length, bad.length);
// expect: 29 0
