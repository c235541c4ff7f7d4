// doc: buffer.md § "buf.slice([start[, end]])"
// slice() is like subarray(): a view, not a copy (unlike Uint8Array#slice).
var buf = Buffer.from('buffer');
var copiedBuf = Uint8Array.prototype.slice.call(buf);
copiedBuf[0]++;
console.log(copiedBuf.toString(), buf.toString());
var s = buf.slice(1, 3);
s[0] = 0x55;
console.log(buf.toString(), s.toString(), Buffer.isBuffer(s));
// expect: cuffer buffer
// expect: bUffer Uf true
