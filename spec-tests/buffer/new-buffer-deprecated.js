// doc: buffer.md § "new Buffer(size)"
// The deprecated Buffer() constructor still works, zero-fills, and warns DEP0005 once.
var a = new Buffer(3);
var b = Buffer('ab');
console.log(a, b.toString(), Buffer.isBuffer(b));
// expect: <Buffer 00 00 00> ab true
// expect-stderr: /DEP0005/
