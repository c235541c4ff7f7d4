// doc: buffer.md § "buf[index]"
// buf[index] reads and writes single bytes modulo 256; out of range reads are undefined.
var buf = Buffer.alloc(3);
buf[0] = 300; buf[1] = -1;
console.log(buf, buf[5], buf[-1], buf[1.5], buf.length);
// expect: <Buffer 2c ff 00> undefined undefined undefined 3
