// doc: string_decoder.md § "stringDecoder.write(buf)"
// write() holds back an incomplete utf8 character until its last byte arrives.
var StringDecoder = require('string_decoder').StringDecoder;
function esc(s) { return s.replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }); }

var decoder = new StringDecoder('utf8');
console.log(JSON.stringify(decoder.write(Buffer.from([0xE2]))));
console.log(JSON.stringify(decoder.write(Buffer.from([0x82]))));
console.log(esc(decoder.end(Buffer.from([0xAC]))));
// expect: ""
// expect: ""
// expect: \u20ac
