// doc: stream.md § "readable.destroy([error])"
// destroy() with no error emits 'close' only; readableAborted is true.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.on('error', function () { console.log('error'); });
r.on('close', function () { console.log('close', r.readableAborted, r.readable); });
r.destroy();
// expect: close true false
