// doc: stream.md § "Implementing a transform stream"
// A line-splitting Transform keeps a partial line across chunks and flushes it at the end.
var stream = require('stream');

var tail = '';
var lines = new stream.Transform({
  readableObjectMode: true,
  transform: function (c, e, cb) {
    var parts = (tail + c).split('\n');
    tail = parts.pop();
    for (var i = 0; i < parts.length; i++) this.push(parts[i]);
    cb();
  },
  flush: function (cb) { if (tail) this.push(tail); cb(); }
});
lines.on('data', function (l) { console.log('[' + l + ']'); });
lines.write('one\ntw'); lines.write('o\nthr'); lines.end('ee');
// expect: [one]
// expect: [two]
// expect: [three]
