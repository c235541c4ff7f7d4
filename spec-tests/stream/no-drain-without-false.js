// doc: stream.md § "Event: 'drain'"
// No 'drain' is emitted when write() never returned false.
var stream = require('stream');

var drains = 0;
var w = new stream.Writable({ write: function (c, e, cb) { setTimeout(cb, 1); } });
w.on('drain', function () { drains++; });
w.write('a'); w.write('b');
setTimeout(function () { console.log('drains', drains); }, 30);
// expect: drains 0
