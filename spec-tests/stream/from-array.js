// doc: stream.md § "stream.Readable.from(iterable[, options])"
// Readable.from(array) emits each element in objectMode.
var stream = require('stream');

var r = stream.Readable.from([1, 'two', { three: 3 }]);
console.log(r.readableObjectMode, r.readableHighWaterMark);
r.on('data', function (v) { console.log(JSON.stringify(v)); });
// expect: true 1
// expect: 1
// expect: "two"
// expect: {"three":3}
