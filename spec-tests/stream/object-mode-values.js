// doc: stream.md § "Object mode"
// In objectMode any value but null is one chunk, and length counts objects.
var stream = require('stream');

var r = new stream.Readable({ objectMode: true, read: function () {} });
r.push({ a: 1 }); r.push(0); r.push('s'); r.push(false);
console.log(r.readableLength, r.readableObjectMode);
r.push(null);
r.on('data', function (o) { console.log(JSON.stringify(o)); });
// expect: 4 true
// expect: {"a":1}
// expect: 0
// expect: "s"
// expect: false
