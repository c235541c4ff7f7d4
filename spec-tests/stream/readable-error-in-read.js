// doc: stream.md § "Errors while reading"
// An exception thrown inside _read destroys the stream with that error.
var stream = require('stream');

var r = new stream.Readable({ read: function () { throw new Error('read threw'); } });
r.on('error', function (e) { console.log('error', e.message); });
r.on('close', function () { console.log('close'); });
r.resume();
// expect: error read threw
// expect: close
