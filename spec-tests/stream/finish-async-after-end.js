// doc: stream.md § "Event: 'finish'"
// 'finish' is emitted on a later tick even if everything was written synchronously.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
w.on('finish', function () { console.log('finish'); });
w.end('x');
console.log('after end');
// expect: after end
// expect: finish
