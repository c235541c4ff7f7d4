// doc: buffer.md § "buffer.INSPECT_MAX_BYTES"
// Buffers inside objects print the same way.
console.log({ data: Buffer.from([1, 2, 255]) });
console.log([Buffer.from('a')]);
// expect: { data: <Buffer 01 02 ff> }
// expect: [ <Buffer 61> ]
