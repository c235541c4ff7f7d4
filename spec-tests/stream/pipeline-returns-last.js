// doc: stream.md § "stream.pipeline(source[, ...transforms], destination, callback)"
// pipeline() returns the last stream.
var stream = require('stream');

var last = new stream.PassThrough();
var ret = stream.pipeline(stream.Readable.from(['x']), last, function () {});
console.log(ret === last);
last.resume();
// expect: true
