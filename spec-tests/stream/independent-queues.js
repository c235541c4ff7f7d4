// doc: stream.md § "writable.cork()"
// Each stream has its own queues: chunks corked in one Writable, end() callbacks of one stream never show up in another.
var stream = require('stream');

function sink(name) {
  return new stream.Writable({ write: function (c, e, cb) { console.log(name, String(c)); cb(); } });
}
var a = sink('a'), b = sink('b');
a.cork(); b.cork();
a.write('1'); b.write('2');
console.log(a.writableLength, b.writableLength, a.writableBuffer.length, b.writableBuffer.length);
a.uncork();
console.log(a.writableLength, b.writableLength);
a.end(function () { console.log('a ended'); });
var r1 = new stream.Readable({ read: function () {} });
r1.pipe(b);
r1.push('3'); r1.push(null);
setTimeout(function () { b.uncork(); }, 5);
b.on('finish', function () { console.log('b finished'); });
// expect: 1 1 1 1
// expect: a 1
// expect: 0 1
// expect: a ended
// expect: b 2
// expect: b 3
// expect: b finished
