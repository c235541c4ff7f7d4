// doc: stream.md § "writable.write(chunk[, encoding][, callback])"
// The write callback runs after write() returns, even when _write completes synchronously.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
w.write('a', function (err) { console.log('cb', err); });
console.log('after write');
// expect: after write
// expect: cb null
