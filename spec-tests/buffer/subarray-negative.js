// doc: buffer.md § "buf.subarray([start[, end]])"
// Negative indexes count from the end; out-of-range ones are clamped.
var buf = Buffer.from('buffer');
console.log(buf.subarray(-6, -1).toString(), buf.subarray(-6, -2).toString(), buf.subarray(-5, -2).toString());
console.log(JSON.stringify(buf.subarray(4, 2).toString()), buf.subarray(2).toString(), buf.subarray(-100, 100).toString());
// expect: buffe buff uff
// expect: "" ffer buffer
