// doc: stream.md § "stream.pipeline(source[, ...transforms], destination, callback)"
// The source may be an iterable instead of a stream.
var stream = require('stream');

var out = '';
stream.pipeline(['p', 'q'], new stream.Writable({ write: function (c, e, cb) { out += c; cb(); } }), function (err) {
  console.log(err, out);
});
// expect: undefined pq
