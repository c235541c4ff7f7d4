// doc: buffer.md § "Static method: Buffer.from(string[, encoding])"
// Buffer.from(string, encoding) encodes in the named encoding; names are case-insensitive.
var buf1 = Buffer.from('this is a tést');
var buf2 = Buffer.from('7468697320697320612074c3a97374', 'hex');
console.log(buf1.toString(), buf2.toString(), buf1.equals(buf2));
console.log(buf1.toString('latin1'));
console.log(Buffer.from('AbC', 'UTF-8'), Buffer.from('AbC', 'Latin1'), Buffer.from('AbC', 'UCS2'));
try { Buffer.from('x', 'utf9'); } catch (e) { console.log(e.name, e.code, e.message); }
// expect: this is a tést this is a tést true
// expect: this is a tÃ©st
// expect: <Buffer 41 62 43> <Buffer 41 62 43> <Buffer 41 00 62 00 43 00>
// expect: TypeError ERR_UNKNOWN_ENCODING Unknown encoding: utf9
