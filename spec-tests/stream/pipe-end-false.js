// doc: stream.md § "readable.pipe(destination[, options])"
// With { end: false } the destination stays open after the source ends.
var stream = require('stream');

var r = stream.Readable.from(['a']);
var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
r.pipe(w, { end: false });
r.on('end', function () {
  setTimeout(function () { console.log('dest ended?', w.writableEnded); w.end('z'); }, 5);
});
w.on('finish', function () { console.log('finish'); });
// expect: dest ended? false
// expect: finish
