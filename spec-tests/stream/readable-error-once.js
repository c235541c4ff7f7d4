// doc: stream.md § "Event: 'error'"
// Only the first error is emitted, then 'close'.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
var n = 0;
r.on('error', function (e) { n++; console.log('error', e.message); });
r.on('close', function () { console.log('close', n); });
r.destroy(new Error('first'));
r.destroy(new Error('second'));
// expect: error first
// expect: close 1
