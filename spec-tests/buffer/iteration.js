// doc: buffer.md § "Buffers and iteration"
// Buffers iterate over bytes with values(), keys() and entries().
var buf = Buffer.from([1, 2, 3]);
var out = [];
for (var it = buf.values(), r = it.next(); !r.done; r = it.next()) out.push(r.value);
for (var k = buf.keys(), s = k.next(); !s.done; s = k.next()) out.push('k' + s.value);
for (var e = buf.entries(), t = e.next(); !t.done; t = e.next()) out.push(t.value.join(':'));
console.log(out.join(' '));
console.log(Array.from(buf).join(), typeof buf[Symbol.iterator]);
// expect: 1 2 3 k0 k1 k2 0:1 1:2 2:3
// expect: 1,2,3 function
