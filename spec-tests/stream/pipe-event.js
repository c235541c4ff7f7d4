// doc: stream.md § "Event: 'pipe'"
// The destination emits 'pipe' with the source, synchronously inside pipe().
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
w.on('pipe', function (src) { console.log('pipe', src === r); });
r.pipe(w);
console.log('after pipe');
// expect: pipe true
// expect: after pipe
