// doc: stream.md § "Object mode"
// An objectMode Writable accepts any value and counts one per write against highWaterMark.
var stream = require('stream');

var w = new stream.Writable({ objectMode: true, highWaterMark: 2, write: function (o, e, cb) { console.log(JSON.stringify(o)); setTimeout(cb, 1); } });
console.log(w.write({ n: 1 }), w.write([2]), w.writableLength);
// expect: {"n":1}
// expect: true false 2
// expect: [2]
