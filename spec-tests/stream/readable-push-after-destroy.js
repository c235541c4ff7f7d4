// doc: stream.md § "readable.destroy([error])"
// push() after destroy() is ignored and returns false.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.destroy();
console.log(r.push('x'), r.readableLength);
// expect: false 0
