// doc: stream.md § "new stream.Readable([options])"
// The signal option destroys the stream with an AbortError when aborted.
var stream = require('stream');

var ac = new AbortController();
var r = new stream.Readable({ signal: ac.signal, read: function () {} });
r.on('error', function (e) { console.log('error', e.name, e.code); });
r.on('close', function () { console.log('close'); });
ac.abort();
// expect: error AbortError ABORT_ERR
// expect: close
