// doc: stream.md § "writable.write(chunk[, encoding][, callback])"
// Even when _write() calls back synchronously, write()'s own callback runs on a later tick, after the current code.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
w.write('a', function () { console.log('cb a'); });
w.write('b', function () { console.log('cb b'); });
w.write('c');
w.end(function () { console.log('end cb'); });
w.on('finish', function () { console.log('finish'); });
console.log('sync');
// expect: sync
// expect: cb a
// expect: cb b
// expect: end cb
// expect: finish
