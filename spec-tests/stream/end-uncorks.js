// doc: stream.md § "writable.end([chunk[, encoding]][, callback])"
// end() flushes corked data.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { console.log('write', c.toString()); cb(); } });
w.cork(); w.cork();
w.write('a');
w.end();
w.on('finish', function () { console.log('finish'); });
// expect: write a
// expect: finish
