// doc: stream.md § "writable.end([chunk[, encoding]][, callback])"
// end(callback) calls back once the stream has finished, before 'finish' listeners.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { setTimeout(cb, 2); } });
w.on('finish', function () { console.log('finish'); });
w.end('x', function (err) { console.log('end cb', err); });
// expect: end cb null
// expect: finish
