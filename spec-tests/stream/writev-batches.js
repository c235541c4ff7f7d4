// doc: stream.md § "writable._writev(chunks, callback)"
// Chunks written while a _write is in flight are handed to _writev together.
var stream = require('stream');

var w = new stream.Writable({
  write: function (c, e, cb) { console.log('write', c.toString()); setTimeout(cb, 2); },
  writev: function (chunks, cb) { console.log('writev', chunks.length); setTimeout(cb, 2); }
});
w.write('1'); w.write('2'); w.write('3'); w.write('4');
w.end(function () { console.log('done'); });
// expect: write 1
// expect: writev 3
// expect: done
