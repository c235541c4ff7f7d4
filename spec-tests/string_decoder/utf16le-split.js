// doc: string_decoder.md § "stringDecoder.write(buf)"
// utf16le holds back an odd byte and a high surrogate without its pair.
var StringDecoder = require('string_decoder').StringDecoder;
function esc(s) { return s.replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }); }

var d = new StringDecoder('utf16le');
var bytes = Buffer.from('A\ud83d\ude00', 'utf16le');
var out = [];
for (var i = 0; i < bytes.length; i++) out.push(esc(d.write(bytes.subarray(i, i + 1))));
console.log(out.join('|'));
console.log(esc(new StringDecoder('ucs2').end(Buffer.from([0x3d, 0xd8]))));
console.log(JSON.stringify(new StringDecoder('utf16le').end(Buffer.from([0x41, 0x00, 0x42]))));
// expect: |A||\ud83d||\ude00
// expect: \ud83d
// expect: "A"
