// doc: stream.md § "Event: 'pipe'"
// pipe() emits 'pipe' on the destination and returns it.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
w.on('pipe', function (s) { console.log('pipe', s === r); });
console.log(r.pipe(w) === w);
// expect: pipe true
// expect: true
