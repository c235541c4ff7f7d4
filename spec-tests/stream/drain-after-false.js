// doc: stream.md § "Event: 'drain'"
// 'drain' is emitted once the buffer empties after a write() returned false.
var stream = require('stream');

var w = new stream.Writable({ highWaterMark: 2, write: function (c, e, cb) { setTimeout(cb, 1); } });
w.on('drain', function () { console.log('drain', w.writableLength, w.writableNeedDrain); });
console.log(w.write('abc'), w.writableNeedDrain);
// expect: false true
// expect: drain 0 false
