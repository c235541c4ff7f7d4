// doc: stream.md § "writable.end([chunk[, encoding]][, callback])"
// end(chunk) writes a final chunk before finishing.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { console.log('write', c.toString()); cb(); } });
w.write('a');
w.end('b');
w.on('finish', function () { console.log('finish'); });
// expect: write a
// expect: write b
// expect: finish
