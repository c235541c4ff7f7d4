// doc: buffer.md § "Buffers and character encodings"
// latin1 (alias binary) keeps the low byte of each UTF-16 unit and decodes bytes as U+0000-U+00FF.
function esc(s) { return s.replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }); }

console.log(Buffer.from('\u00e9\u20ac', 'latin1'), Buffer.from('\u00ff', 'binary'));
console.log(esc(Buffer.from([0xe9, 0x41, 0xff]).toString('latin1')));
// expect: <Buffer e9 ac> <Buffer ff>
// expect: \u00e9A\u00ff
