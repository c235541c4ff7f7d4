// doc: buffer.md § "Buffers and character encodings"
// Strings with BMP and astral characters survive a utf8 round trip.
function esc(s) { return s.replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }); }

var s = 'h\u00e9llo \u20ac \ud83d\ude00 \u4e2d';
var b = Buffer.from(s);
console.log(b.length, b.toString() === s, esc(b.toString()));
// expect: 19 true h\u00e9llo \u20ac \ud83d\ude00 \u4e2d
