// doc: buffer.md § "buf.fill(value[, offset[, end]][, encoding])"
// fill() repeats a string, number or buffer over a range.
console.log(Buffer.allocUnsafe(50).fill('h').toString());
console.log(Buffer.alloc(5).fill('\u0222'), Buffer.alloc(6).fill('ab', 1, 5), Buffer.alloc(4).fill(0x101));
console.log(Buffer.alloc(5).fill(Buffer.from([1, 2]), 1), Buffer.alloc(4).fill('6869', 'hex'));
// expect: hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh
// expect: <Buffer c8 a2 c8 a2 c8> <Buffer 00 61 62 61 62 00> <Buffer 01 01 01 01>
// expect: <Buffer 00 01 02 01 02> <Buffer 68 69 68 69>
