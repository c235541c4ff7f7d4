// doc: buffer.md § "buf.readBigInt64LE([offset])"
// minode has no BigInt: the BigInt64 accessors exist but throw ERR_NOT_IMPLEMENTED.
// minode-differs: Duktape has no BigInt; node returns 0n here.

var buf = Buffer.alloc(8);
console.log(typeof buf.readBigInt64LE, typeof buf.writeBigUInt64BE);
try { buf.readBigInt64LE(0); } catch (e) { console.log(e.code); }
// expect: function function
// expect: ERR_NOT_IMPLEMENTED
