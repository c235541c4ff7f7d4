// doc: buffer.md § "Buffers and character encodings"
// ascii encodes like latin1 and decodes by dropping each byte's high bit.
function esc(s) { return s.replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }); }

console.log(Buffer.from('\u00e9A', 'ascii'));
console.log(esc(Buffer.from([0xe9, 0x80, 0x41]).toString('ascii')));
// expect: <Buffer e9 41>
// expect: i\u0000A
