// doc: stream.md § "stream.addAbortSignal(signal, stream)"
// An already-aborted signal destroys the stream immediately.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.on('error', function (e) { console.log('error', e.name); });
stream.addAbortSignal(AbortSignal.abort(), r);
console.log('destroyed', r.destroyed);
// expect: destroyed true
// expect: error AbortError
