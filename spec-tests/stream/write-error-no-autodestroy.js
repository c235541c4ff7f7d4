// doc: stream.md § "Event: 'error'"
// With autoDestroy: false a write error is emitted but the stream is not destroyed.
var stream = require('stream');

var w = new stream.Writable({ autoDestroy: false, write: function (c, e, cb) { cb(new Error('bad')); } });
w.on('error', function (e) { console.log('error', e.message, w.destroyed, w.errored === e); });
w.on('close', function () { console.log('close'); });
w.write('x');
setTimeout(function () { console.log('writable', w.writable); }, 10);
// expect: error bad false true
// expect: writable false
