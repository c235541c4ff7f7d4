// doc: string_decoder.md § "stringDecoder.write(buf)"
// lastNeed and lastTotal report the held-back character.
var StringDecoder = require('string_decoder').StringDecoder;

var d = new StringDecoder();
d.write(Buffer.from([0xe2]));
console.log(d.encoding, d.lastNeed, d.lastTotal, d.lastChar.length);
d.write(Buffer.from([0x82, 0xac]));
console.log(d.lastNeed, d.lastTotal);
// expect: utf8 2 3 4
// expect: 0 0
