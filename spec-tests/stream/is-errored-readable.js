// doc: stream.md § "stream.isErrored(stream)"
// isErrored and isReadable report a stream's condition.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
console.log(stream.isErrored(r), stream.isReadable(r));
r.on('error', function () {});
r.destroy(new Error('x'));
console.log(stream.isErrored(r), stream.isReadable(r));
// expect: false true
// expect: false false
