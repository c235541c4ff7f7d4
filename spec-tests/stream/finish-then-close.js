// doc: stream.md § "Event: 'finish'"
// 'finish' comes after all writes completed, then 'close'.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { setTimeout(function () { console.log('wrote', c.toString()); cb(); }, 2); } });
w.on('finish', function () { console.log('finish', w.writableFinished); });
w.on('close', function () { console.log('close', w.closed); });
w.write('a'); w.end('b');
console.log('ended', w.writableEnded, w.writableFinished);
// expect: ended true false
// expect: wrote a
// expect: wrote b
// expect: finish true
// expect: close true
