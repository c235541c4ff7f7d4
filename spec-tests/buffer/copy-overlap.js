// doc: buffer.md § "buf.copy(target[, targetStart[, sourceStart[, sourceEnd]]])"
// copy() within one buffer works even when the regions overlap.
var buf = Buffer.allocUnsafe(26);
for (var i = 0; i < 26; i++) buf[i] = i + 97;
buf.copy(buf, 0, 4, 10);
console.log(buf.toString());
// expect: efghijghijklmnopqrstuvwxyz
