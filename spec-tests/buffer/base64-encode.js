// doc: buffer.md § "Buffers and character encodings"
// base64 output is padded; base64url output uses - and _ and no padding.
var b = Buffer.from([0xfb, 0xff, 0xbf, 0x01]);
console.log(b.toString('base64'), b.toString('base64url'));
console.log(Buffer.from('hello world').toString('base64url'), Buffer.from('').toString('base64'));
// expect: +/+/AQ== -_-_AQ
// expect: aGVsbG8gd29ybGQ
