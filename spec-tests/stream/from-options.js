// doc: stream.md § "stream.Readable.from(iterable[, options])"
// Options passed to Readable.from() override its defaults.
var stream = require('stream');

var r = stream.Readable.from([Buffer.from('a'), Buffer.from('b')], { objectMode: false });
console.log(r.readableObjectMode);
r.on('data', function (c) { console.log(Buffer.isBuffer(c), c.toString()); });
// expect: false
// expect: true a
// expect: true b
