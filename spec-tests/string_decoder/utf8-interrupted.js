// doc: string_decoder.md § "stringDecoder.write(buf)"
// A held-back sequence interrupted by a non-continuation byte decodes as U+FFFD, then the new byte.
var StringDecoder = require('string_decoder').StringDecoder;
function esc(s) { return s.replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }); }

var d = new StringDecoder('utf8');
console.log(esc(d.write(Buffer.from([0xe2, 0x82]))));
console.log(esc(d.write(Buffer.from([0x41, 0x42]))));
console.log(esc(d.write(Buffer.from([0xc3]))), esc(d.end(Buffer.from([0xa9]))));
// expect: 
// expect: \ufffdAB
// expect:  \u00e9
