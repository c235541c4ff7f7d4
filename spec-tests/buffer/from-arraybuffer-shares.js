// doc: buffer.md § "Static method: Buffer.from(arrayBuffer[, byteOffset[, length]])"
// Buffer.from(arrayBuffer, byteOffset, length) shares the memory of the ArrayBuffer.
var arr = new Uint16Array(2);
arr[0] = 5000; arr[1] = 4000;
var buf = Buffer.from(arr.buffer);
console.log(buf);
arr[1] = 6000;
console.log(buf);
var ab = new ArrayBuffer(8);
var part = Buffer.from(ab, 2, 3);
part[0] = 7;
console.log(part.length, part.byteOffset, new Uint8Array(ab)[2]);
// expect: <Buffer 88 13 a0 0f>
// expect: <Buffer 88 13 70 17>
// expect: 3 2 7
