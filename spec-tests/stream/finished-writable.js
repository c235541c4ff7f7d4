// doc: stream.md § "stream.finished(stream[, options], callback)"
// finished() calls back once a Writable has finished.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { setTimeout(cb, 2); } });
stream.finished(w, function (err) { console.log('finished', err, w.writableFinished); });
w.end('x');
// expect: finished undefined true
