// doc: stream.md § "Event: 'error'"
// An error passed to the write callback is emitted as 'error', then 'close'; no 'finish'.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { cb(new Error('disk full')); } });
w.on('error', function (e) { console.log('error', e.message, w.destroyed); });
w.on('close', function () { console.log('close'); });
w.on('finish', function () { console.log('finish'); });
w.write('x', function (err) { console.log('cb', err.message); });
w.end();
// expect: cb disk full
// expect: error disk full true
// expect: close
