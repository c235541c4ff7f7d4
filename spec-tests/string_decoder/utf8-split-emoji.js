// doc: string_decoder.md § "stringDecoder.write(buf)"
// A 4-byte character split over chunks comes out whole, as a surrogate pair.
var StringDecoder = require('string_decoder').StringDecoder;
function esc(s) { return s.replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }); }

var d = new StringDecoder('utf8');
var bytes = Buffer.from('a\ud83d\ude00b');
var out = [];
for (var i = 0; i < bytes.length; i++) out.push(esc(d.write(bytes.subarray(i, i + 1))));
console.log(out.join('|'));
console.log(esc(d.end()));
// expect: a||||\ud83d\ude00|b
// expect: 
