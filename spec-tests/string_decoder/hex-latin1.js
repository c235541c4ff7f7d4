// doc: string_decoder.md § "new StringDecoder([encoding])"
// hex, latin1 and ascii decoders never hold bytes back.
var StringDecoder = require('string_decoder').StringDecoder;
function esc(s) { return s.replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }); }

console.log(new StringDecoder('hex').write(Buffer.from([1, 0xab])));
console.log(esc(new StringDecoder('latin1').write(Buffer.from([0xe9, 0x41]))), new StringDecoder('binary').encoding);
console.log(esc(new StringDecoder('ascii').write(Buffer.from([0xe9, 0x41]))));
// expect: 01ab
// expect: \u00e9A latin1
// expect: iA
