// doc: buffer.md § "buf.toString([encoding[, start[, end]]])"
// toString(encoding, start, end) decodes a clamped range.
var buf1 = Buffer.allocUnsafe(26);
for (var i = 0; i < 26; i++) buf1[i] = i + 97;
console.log(buf1.toString('utf8'), buf1.toString('utf8', 0, 5), buf1.toString(undefined, 0, 5));
console.log(JSON.stringify(buf1.toString('ascii', 30)), buf1.toString('ascii', -5, 3), buf1.toString('hex', 24, 100));
try { buf1.toString('bogus'); } catch (e) { console.log(e.name, e.code, e.message); }
// expect: abcdefghijklmnopqrstuvwxyz abcde abcde
// expect: "" abc 797a
// expect: TypeError ERR_UNKNOWN_ENCODING Unknown encoding: bogus
