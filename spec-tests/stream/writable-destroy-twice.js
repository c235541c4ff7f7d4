// doc: stream.md § "writable.destroy([error])"
// A second destroy() is a no-op: a single 'error' and a single 'close'.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
var errors = 0, closes = 0;
w.on('error', function () { errors++; });
w.on('close', function () { closes++; });
w.destroy(new Error('a'));
w.destroy(new Error('b'));
setTimeout(function () { console.log(errors, closes, w.errored.message); }, 10);
// expect: 1 1 a
