// doc: stream.md § "writable.destroy([error])"
// destroy() without an error emits only 'close'; later writes fail with ERR_STREAM_DESTROYED.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
w.on('error', function (e) { console.log('error', e.code); });
w.on('close', function () { console.log('close'); });
w.destroy();
w.write('x', function (err) { console.log('cb', err.code); });
// expect: close
// expect: cb ERR_STREAM_DESTROYED
