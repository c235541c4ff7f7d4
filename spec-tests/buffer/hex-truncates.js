// doc: buffer.md § "Buffers and character encodings"
// hex decoding stops at the first invalid pair; an odd trailing digit is dropped.
console.log(Buffer.from('1ag123', 'hex'));
console.log(Buffer.from('1a7', 'hex'));
console.log(Buffer.from('1634', 'hex'), Buffer.from('zz', 'hex'));
console.log(Buffer.from([0, 15, 255]).toString('hex'), Buffer.from('ABcd', 'hex'));
// expect: <Buffer 1a>
// expect: <Buffer 1a>
// expect: <Buffer 16 34> <Buffer >
// expect: 000fff <Buffer ab cd>
