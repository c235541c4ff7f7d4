// doc: stream.md § "writable.end([chunk[, encoding]][, callback])"
// write() after end() fails with ERR_STREAM_WRITE_AFTER_END: the callback gets it and 'error' is emitted.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
w.end();
w.on('error', function (e) { console.log('error', e.code); });
console.log('write returned', w.write('x', function (e) { console.log('cb', e.code); }));
// expect: write returned false
// expect: cb ERR_STREAM_WRITE_AFTER_END
// expect: error ERR_STREAM_WRITE_AFTER_END
