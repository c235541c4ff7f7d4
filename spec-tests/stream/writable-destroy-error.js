// doc: stream.md § "writable.destroy([error])"
// destroy(err) emits 'error' then 'close' on a later tick; pending write callbacks get ERR_STREAM_DESTROYED.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { setTimeout(cb, 5); } });
w.write('a');
w.write('b', function (err) { console.log('b cb', err && err.code); });
w.on('error', function (e) { console.log('error', e.message); });
w.on('close', function () { console.log('close'); });
w.destroy(new Error('boom'));
console.log('destroyed', w.destroyed, w.errored.message);
// expect: destroyed true boom
// expect: error boom
// expect: close
// expect: b cb undefined
