// doc: buffer.md § "Buffers and character encodings"
// Decoding invalid UTF-8 replaces each maximal invalid subsequence with U+FFFD.
function esc(s) { return s.replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }); }

console.log(esc(Buffer.from([0xed, 0xa0, 0x80]).toString()));
console.log(esc(Buffer.from([0x61, 0xe2, 0x82]).toString()));
console.log(esc(Buffer.from([0xc3, 0x28, 0xff, 0x41]).toString()));
console.log(esc(Buffer.from([0xf0, 0x9f, 0x98, 0x80]).toString()), Buffer.from([0xf0, 0x9f, 0x98, 0x80]).toString().length);
// expect: \ufffd\ufffd\ufffd
// expect: a\ufffd
// expect: \ufffd(\ufffdA
// expect: \ud83d\ude00 2
