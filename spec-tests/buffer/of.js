// doc: buffer.md § "Buffers and TypedArrays"
// Buffer.of() builds a Buffer from its arguments.
var b = Buffer.of(1, 2, 300);
console.log(Buffer.isBuffer(b), b);
// expect: true <Buffer 01 02 2c>
