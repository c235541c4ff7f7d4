// doc: stream.md § "stream.finished(stream[, options], callback)"
// finished() calls back once a Readable has ended.
var stream = require('stream');

var r = stream.Readable.from(['a']);
stream.finished(r, function (err) { console.log('finished', err, r.readableEnded); });
r.resume();
// expect: finished undefined true
