// doc: stream.md § "readable.destroy([error])"
// destroy(err) emits 'error' then 'close', and no 'end'.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.on('end', function () { console.log('end'); });
r.on('error', function (e) { console.log('error', e.message, r.destroyed); });
r.on('close', function () { console.log('close'); });
r.resume();
r.destroy(new Error('gone'));
console.log('destroyed', r.destroyed, r.errored.message);
// expect: destroyed true gone
// expect: error gone true
// expect: close
