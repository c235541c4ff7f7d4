// doc: string_decoder.md § "stringDecoder.end([buffer])"
// end(buf) writes buf first, and the decoder can be reused after end().
var StringDecoder = require('string_decoder').StringDecoder;
function esc(s) { return s.replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }); }

var d = new StringDecoder('utf8');
d.write(Buffer.from([0xe2, 0x82]));
console.log(esc(d.end(Buffer.from([0xac, 0xe2]))));
console.log(d.write(Buffer.from('again')), JSON.stringify(d.end()));
// expect: \u20ac\ufffd
// expect: again ""
