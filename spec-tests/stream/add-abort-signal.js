// doc: stream.md § "stream.addAbortSignal(signal, stream)"
// addAbortSignal destroys the stream with an AbortError on abort.
var stream = require('stream');

var ac = new AbortController();
var r = stream.addAbortSignal(ac.signal, new stream.Readable({ read: function () {} }));
r.on('error', function (e) { console.log('error', e.name, e.code); });
r.on('close', function () { console.log('close'); });
ac.abort();
// expect: error AbortError ABORT_ERR
// expect: close
