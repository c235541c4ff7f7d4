// doc: stream.md § "writable.writableNeedDrain"
// writableNeedDrain is true after write() returned false, until 'drain'.
var stream = require('stream');

var w = new stream.Writable({ highWaterMark: 1, write: function (c, e, cb) { setTimeout(cb, 1); } });
console.log(w.writableNeedDrain);
w.write('ab');
console.log(w.writableNeedDrain);
w.on('drain', function () { console.log('drain', w.writableNeedDrain); });
// expect: false
// expect: true
// expect: drain false
