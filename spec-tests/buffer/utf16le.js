// doc: buffer.md § "Buffers and character encodings"
// utf16le / ucs2 write two bytes per UTF-16 unit, little-endian; an odd last byte is ignored.
function esc(s) { return s.replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }); }

console.log(Buffer.from('A\u20ac\ud83d\ude00', 'utf16le'));
console.log(esc(Buffer.from([0x41, 0x00, 0xac, 0x20, 0x42]).toString('ucs2')));
console.log(Buffer.byteLength('abc', 'utf16le'));
// expect: <Buffer 41 00 ac 20 3d d8 00 de>
// expect: A\u20ac
// expect: 6
