// doc: stream.md § "stream.Readable.isDisturbed(stream)"
// isDisturbed is true once data has been read.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.push('a');
console.log(stream.Readable.isDisturbed(r));
r.read();
console.log(stream.Readable.isDisturbed(r));
// expect: false
// expect: true
