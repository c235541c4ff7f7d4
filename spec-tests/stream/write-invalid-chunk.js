// doc: stream.md § "writable.write(chunk[, encoding][, callback])"
// Writing a number outside objectMode throws ERR_INVALID_ARG_TYPE.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
try { w.write(1); } catch (e) { console.log(e.code, e.name); }
// expect: ERR_INVALID_ARG_TYPE TypeError
