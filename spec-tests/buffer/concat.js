// doc: buffer.md § "Static method: Buffer.concat(list[, totalLength])"
// concat() joins the list; totalLength truncates or zero-pads.
var buf1 = Buffer.alloc(10), buf2 = Buffer.alloc(14), buf3 = Buffer.alloc(18);
var totalLength = buf1.length + buf2.length + buf3.length;
var bufA = Buffer.concat([buf1, buf2, buf3], totalLength);
console.log(totalLength, bufA.length);
console.log(Buffer.concat([Buffer.from('ab'), new Uint8Array([0x63]), Buffer.from('de')], 4).toString());
console.log(Buffer.concat([Buffer.from('ab')], 4), Buffer.concat([]).length);
// expect: 42 42
// expect: abcd
// expect: <Buffer 61 62 00 00> 0
