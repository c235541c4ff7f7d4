// doc: stream.md § "readable.pipe(destination[, options])"
// One Readable can pipe to several destinations; each gets every chunk.
var stream = require('stream');

var r = stream.Readable.from(['1', '2', '3']);
var a = '', b = '';
var wa = new stream.Writable({ write: function (c, e, cb) { a += c; cb(); } });
var wb = new stream.Writable({ write: function (c, e, cb) { b += c; setTimeout(cb, 1); } });
r.pipe(wa); r.pipe(wb);
var n = 0;
function done() { if (++n === 2) console.log(a, b); }
wa.on('finish', done); wb.on('finish', done);
// expect: 123 123
