// doc: stream.md § "readable.readableDidRead"
// readableDidRead turns true once 'data' has been emitted.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.push('a');
console.log(r.readableDidRead);
r.read();
console.log(r.readableDidRead);
// expect: false
// expect: true
