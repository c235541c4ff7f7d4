// doc: buffer.md § "Static method: Buffer.from(array)"
// Buffer.from(array) takes each element modulo 256.
console.log(Buffer.from([0x62, 0x75, 0x66, 0x66, 0x65, 0x72]).toString());
console.log(Buffer.from([256, -1, 1.5, '7', 'x', null]));
console.log(Buffer.from({ length: 2, 0: 9, 1: 8 }), Buffer.from({ type: 'Buffer', data: [1, 2] }));
// expect: buffer
// expect: <Buffer 00 ff 01 07 00 00>
// expect: <Buffer 09 08> <Buffer 01 02>
