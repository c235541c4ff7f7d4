// doc: string_decoder.md § "stringDecoder.end([buffer])"
// end() turns an incomplete utf8 sequence into U+FFFD.
var StringDecoder = require('string_decoder').StringDecoder;
function esc(s) { return s.replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }); }

var d = new StringDecoder('utf8');
console.log(esc(d.write(Buffer.from([0x61, 0xf0, 0x9f]))));
console.log(esc(d.end()));
console.log(JSON.stringify(d.end()));
// expect: a
// expect: \ufffd
// expect: ""
