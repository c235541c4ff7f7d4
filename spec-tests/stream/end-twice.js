// doc: stream.md § "writable.end([chunk[, encoding]][, callback])"
// Calling end() after the stream finished gives ERR_STREAM_ALREADY_FINISHED to the callback.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
w.end();
w.on('finish', function () {
  w.end(function (err) { console.log('second end', err.code); });
});
// expect: second end ERR_STREAM_ALREADY_FINISHED
