// doc: stream.md § "stream.finished(stream[, options], callback)"
// finished() passes the stream's error.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
stream.finished(r, function (err) { console.log('finished', err.message); });
r.destroy(new Error('broken'));
// expect: finished broken
