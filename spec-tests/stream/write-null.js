// doc: stream.md § "writable.write(chunk[, encoding][, callback])"
// Writing null throws ERR_STREAM_NULL_VALUES, even in objectMode.
var stream = require('stream');

var w = new stream.Writable({ objectMode: true, write: function (c, e, cb) { cb(); } });
try { w.write(null); } catch (e) { console.log(e.code, e.message); }
// expect: ERR_STREAM_NULL_VALUES May not write null values to stream
